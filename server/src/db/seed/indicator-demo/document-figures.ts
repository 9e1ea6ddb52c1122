// Figures and targets read from the seed documents (server/src/db/seed/documents), as pure data.
//
// Every record names its seed file and quotes the sentence (or the clause of a long sentence)
// it came from; the quote is a verbatim substring of the file (checked by document-figures.test.ts).
//
// Reading rules (DOMAIN.md, "Numbers and text as they appear"):
// - Periods: 1月份 → month 1, 1-2月 → 2, 一季度 → 3, 上半年 → 6, 前三季度 / 1-9月 / 截至9月30日 → 9,
//   全年 / 预计全年 → 12. "今年" is the year of the document.
// - Amounts keep the document's digits, converted exactly into the catalogue unit:
//   19830万美元 → '1.983' 亿美元, 2.29万人 → '22900' 人. Nothing is rounded here.
// - 下降 X % → '-X'. Growth reported 同口径 (comparable basis) is stored as reported, with a note.
// - Approximations (约) and lower bounds (余) are kept at the stated figure, with a note.
// - Estimates (预计) are recorded with `estimate: true` and never loaded: the app has no way to
//   show a figure as an estimate, and an estimate stored as an approved actual would be read as one.
// - Growth is stored only where the document states it. A rate the document implies but does not
//   state (004: H1 GDP growth "4.5 − 1.3") is not a document figure.
// - "控制在…以内" states a ceiling, not a level: it is a ≤ target (document-targets.ts), not a figure.
// - Growth stated on a comparable basis (同口径) has `basis: 'comparable'` and is loaded as the
//   comparable growth (reported_yoy_comparable), not as the growth on the natural basis.
// - Seed 000's January 2019 固投 figures (青山区 11.02, 武汉 425) are kept here as read, but no January
//   固投 figure is loaded: the catalogue's 固投 is first released for 1-2月 (monthly_from_february),
//   so a January figure has no period to stand in. They still shape the synthetic series.
//
// Loading (load.ts): a figure is labelled 'document' (with file and quote) only when the stored
// value is the document's value and only with the growth the document states; a synthetic value
// is labelled 'synthetic'. Figures of the city itself (420100) and of years the generator does not
// make (汉阳区 / 武汉 2020) are loaded on their own, as what the document says and nothing else.
//
// Plans are not actuals. A sentence that states what a district *will* do ("年内完成投资306亿元",
// "一季度完成投资93亿元", "力争一季度完成投资90.7亿元") is a DocumentTarget, never a DocumentFigure:
// the annual amount goes to `amountTarget`, a Q1 amount to `q1Amount` (loaded as a period target
// through March). Only what has been achieved is a loaded DocumentFigure; what is estimated as
// achieved ("1-2月预计完成", "预计全年实现") is recorded with `estimate: true` and not loaded.
//
// Comparators: 以上 / 力争 / 不低于 / 突破 / 确保 → 'ge'; 以内 / 控制在 → 'le'. A target of a
// higher-is-better indicator stated without a comparator ("增长10%", "努力实现…完成23.54亿元",
// "年内完成投资306亿元") is read as a floor → 'ge'.
//
// Counts: 004's "签约项目57个" (signed_projects) and "新开工…亿元以上重大项目24个"
// (major_projects_started) are figures; 003's "力争一季度完成进规6家以上" is a Q1 target of
// enterprises_entering_scale. Left out: 001 汉阳区 "签约落户…重点产业项目22个" (key industrial
// projects only, a part of all signed), 000 武汉开发区 "今年以来已新开工项目6个" (all projects, to
// 16 February — no month's end), 000 "黄陂区一季度新开工重大项目20个" (重大 is not 亿元以上), 003's
// 入库 counts (two size classes, no total stated) and 004 "引进…15家数字经济领域企业" (one sector).
//
// Left out on purpose (no catalogue indicator, or not the indicator it resembles):
// project counts and project total investment (e.g. 000 "新开工项目6个，总投资129亿元", 临空港
// "亿元以上重大投资项目239个，投资额5177亿元", 武昌区 "亿元以上重大项目82个，年度投资232亿元" — the
// investment of a project list is not the district's fixed-asset investment), enterprise figures
// (上汽通用 "总产值548.4亿元"), stocks (武汉 "市场主体达到141.3万户", "企业数增长14.2%"), 002 "新增企业
// 数量5595户" (enterprises only, a subset of market entities — 004 shows both), 002 "外贸出口总额"
// (exports only; the catalogue's foreign_trade is imports + exports), 004 "签约…金额805.8亿元"
// (signed, not in place), relative targets ("增长速度高于GDP增速", "与经济增速同步"), and 十三五
// five-year cumulative totals.
import { F000, F001, F002, F004, WUHAN, HANYANG, WUCHANG, Q_HANYANG_2020, Q_WUHAN_GDP_2020, Q_WUHAN_FAI_2020, Q002_GDP, Q002_FAI, Q002_REV, Q002_FUNDS, Q002_INCOME, Q002_JOBS, Q002_FOREIGN, NOTE_FUNDS_TOTAL, Q004_GDP, Q004_FUNDS, Q004_ENTITIES, Q004_JOBS, Q004_SIGNED, Q004_STARTED } from './document-sources';

/** One reported year-to-date figure. */
export interface DocumentFigure {
  organisationCode: string;
  indicatorCode: string;
  year: number;
  /** YTD through this month (1-m月); Q1 = 3, H1 = 6, 前三季度 = 9, full year = 12. */
  month: number;
  /** The YTD amount in the indicator's unit, or null when only growth is reported. */
  ytdValue: string | null;
  /** 同比增长 in percent, as reported. */
  reportedYoy: string | null;
  source: { file: string; quote: string };
  /** How the figure was read when that is not obvious (estimate, comparable basis, derivation). */
  note?: string;
  /** An estimate (预计): recorded as read, never loaded as an approved actual nor used as an anchor. */
  estimate?: true;
  /** 'comparable': the growth is 同口径 (stored as the comparable-basis growth). */
  basis?: 'comparable';
}

/** One annual target (and, where the document gives it, the Q1 part of it). */
export interface DocumentTarget {
  organisationCode: string;
  indicatorCode: string;
  year: number;
  amountTarget: string | null;
  amountComparator: 'ge' | 'le' | null;
  growthTarget: string | null;
  growthComparator: 'ge' | 'le' | null;
  /** Q1 as a share of the annual target in percent ('30' for "一季度完成全年目标任务30%以上"). */
  q1Share?: string | null;
  /** A Q1 plan stated as an amount ("一季度完成投资93亿元"), in the indicator's unit. */
  q1Amount?: string | null;
  source: { file: string; quote: string };
  /** The sentence the Q1 share comes from, when it is not `source.quote`. */
  q1ShareSource?: { file: string; quote: string };
  /** How the target was read or derived when that is not obvious. */
  note?: string;
  /**
   * A target for January through this month as stated (3 = 一季度), stored as a period target: its
   * amount is `q1Amount`; a growth stated with it cannot be held by a period target and is not loaded.
   */
  throughMonth?: number;
  /** Computed from the quote, not stated in it: loaded as 'synthetic', never as 'document'. */
  derived?: true;
}


export const DOCUMENT_FIGURES: DocumentFigure[] = [
  // ---- 000: Wuhan 2019, January and January–February -------------------------------------------
  {
    organisationCode: WUHAN, indicatorCode: 'fixed_asset_investment', year: 2019, month: 1,
    ytdValue: '425', reportedYoy: '21.8',
    source: { file: F000, quote: '1月份，武汉市投资完成约425亿元，增长约21.8%。' },
    note: 'Approximate ("约"); "投资" in a monthly dispatch is fixed-asset investment. Not loaded: 固投 is first released for 1-2月.',
  },
  {
    organisationCode: WUHAN, indicatorCode: 'new_urban_jobs', year: 2019, month: 1,
    ytdValue: '15000', reportedYoy: null,
    source: { file: F000, quote: '新增就业1.5万人。' },
    note: '1.5万人 = 15000 人; the sentence continues the city\'s January figures.',
  },
  {
    organisationCode: '420107', indicatorCode: 'fixed_asset_investment', year: 2019, month: 1,
    ytdValue: '11.02', reportedYoy: '14.5',
    source: { file: F000, quote: '青山区1月份已完成固定资产投资11.02亿元，同比增长14.5%。' },
    note: 'Not loaded: 固投 is first released for 1-2月, so January has no 固投 figure.',
  },
  {
    organisationCode: '420117', indicatorCode: 'fixed_asset_investment', year: 2019, month: 2,
    ytdValue: '45', reportedYoy: '47.7',
    source: { file: F000, quote: '新洲区1-2月预计完成固定资产投资45亿元，同比增长47.7%' },
    estimate: true,
    note: 'Estimate ("预计") for a period that had not ended at the meeting (16 February): not loaded.',
  },

  // ---- 001: 汉阳区 2020 (estimated full year, reported December 2020) --------------------------
  {
    organisationCode: HANYANG, indicatorCode: 'gdp', year: 2020, month: 12,
    ytdValue: '700', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, estimate: true, note: 'Full-year estimate ("预计全年"): not loaded.',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'fixed_asset_investment', year: 2020, month: 12,
    ytdValue: '438', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, estimate: true, note: 'Full-year estimate ("预计全年"): not loaded.',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'investment_funds_in_place', year: 2020, month: 12,
    ytdValue: '635', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, estimate: true, note: 'Full-year estimate ("预计全年"): not loaded.',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'utilized_foreign_capital', year: 2020, month: 12,
    ytdValue: '7.9', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, estimate: true, note: 'Full-year estimate ("预计全年"): not loaded.',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'new_market_entities', year: 2020, month: 12,
    ytdValue: '8000', reportedYoy: null,
    source: { file: F001, quote: '全年新增市场主体8000余户、“四上”企业85家,企业生产经营快速恢复,市场加速回暖。' },
    note: '"8000余户" is a lower bound; stored at the stated figure.',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'new_urban_jobs', year: 2020, month: 12,
    ytdValue: '17000', reportedYoy: null,
    source: { file: F001, quote: '实施就业优先政策,新增就业1.7万人。' },
    note: '1.7万人 = 17000 人; a 2020 review sentence, so the full year.',
  },

  // ---- 001: Wuhan 2020 (city, from the 2021 government work report) ------------------------------
  {
    organisationCode: WUHAN, indicatorCode: 'gdp', year: 2020, month: 3,
    ytdValue: null, reportedYoy: '-40.5',
    source: { file: F001, quote: Q_WUHAN_GDP_2020 }, note: '下跌40.5% → -40.5.',
  },
  {
    organisationCode: WUHAN, indicatorCode: 'gdp', year: 2020, month: 12,
    ytdValue: '15616.1', reportedYoy: '-4.7',
    source: { file: F001, quote: Q_WUHAN_GDP_2020 }, note: '同比下降4.7% → -4.7.',
  },
  {
    organisationCode: WUHAN, indicatorCode: 'fixed_asset_investment', year: 2020, month: 3,
    ytdValue: null, reportedYoy: '-81.6',
    source: { file: F001, quote: Q_WUHAN_FAI_2020 },
  },
  {
    organisationCode: WUHAN, indicatorCode: 'fixed_asset_investment', year: 2020, month: 12,
    ytdValue: null, reportedYoy: '-11.8',
    source: { file: F001, quote: Q_WUHAN_FAI_2020 },
  },
  {
    organisationCode: WUHAN, indicatorCode: 'foreign_trade', year: 2020, month: 12,
    ytdValue: null, reportedYoy: '10.8',
    source: { file: F001, quote: '进出口逆势增长10.8%。' },
  },
  {
    organisationCode: WUHAN, indicatorCode: 'investment_funds_in_place', year: 2020, month: 12,
    ytdValue: '9328.6', reportedYoy: '6.7',
    source: { file: F001, quote: '招商引资实际到位资金9328.6亿元,增长6.7%。' },
  },
  {
    organisationCode: WUHAN, indicatorCode: 'new_urban_jobs', year: 2020, month: 12,
    ytdValue: '228000', reportedYoy: null,
    source: { file: F001, quote: '坚持就业优先政策,城镇新增就业22.8万人' },
    note: '22.8万人 = 228000 人.',
  },

  // ---- 002: 武昌区 2017 H1 -------------------------------------------------------------------------
  {
    organisationCode: WUCHANG, indicatorCode: 'gdp', year: 2017, month: 6,
    ytdValue: '525.69', reportedYoy: '8.1', source: { file: F002, quote: Q002_GDP },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'fixed_asset_investment', year: 2017, month: 6,
    ytdValue: '163.97', reportedYoy: '15.61', source: { file: F002, quote: Q002_FAI },
    note: '全社会固定资产投资.',
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'general_budget_revenue', year: 2017, month: 6,
    ytdValue: '83.8', reportedYoy: '44.7', basis: 'comparable', source: { file: F002, quote: Q002_REV },
    note: '同口径同比增长: growth on a comparable basis; 地方公共财政预算收入 is the older name of the indicator.',
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'investment_funds_in_place', year: 2017, month: 6,
    ytdValue: '426.4', reportedYoy: '80.1', source: { file: F002, quote: Q002_FUNDS }, note: NOTE_FUNDS_TOTAL,
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'urban_disposable_income', year: 2017, month: 6,
    ytdValue: '24012', reportedYoy: '9.57', source: { file: F002, quote: Q002_INCOME },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'new_urban_jobs', year: 2017, month: 6,
    ytdValue: '24400', reportedYoy: null, source: { file: F002, quote: Q002_JOBS },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'utilized_foreign_capital', year: 2017, month: 6,
    ytdValue: '1.983', reportedYoy: '24.7', source: { file: F002, quote: Q002_FOREIGN },
    note: '19830万美元 = 1.983 亿美元 (exact conversion).',
  },

  // ---- 004: 武昌区 2022 前三季度 -------------------------------------------------------------------
  {
    organisationCode: WUCHANG, indicatorCode: 'gdp', year: 2022, month: 9,
    ytdValue: '1202', reportedYoy: '4.5', source: { file: F004, quote: Q004_GDP },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'general_budget_revenue', year: 2022, month: 9,
    ytdValue: '117', reportedYoy: null,
    source: { file: F004, quote: '地方一般公共预算收入117亿元,规模持续保持中心城区第1;' },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'fixed_asset_investment', year: 2022, month: 9,
    ytdValue: '360', reportedYoy: '24.6',
    source: { file: F004, quote: '完成固投360亿元,同比增长24.6%,已接近去年全年水平;' },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'investment_funds_in_place', year: 2022, month: 9,
    ytdValue: '739', reportedYoy: null, source: { file: F004, quote: Q004_FUNDS },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'industrial_funds_in_place', year: 2022, month: 9,
    ytdValue: '236', reportedYoy: null, source: { file: F004, quote: Q004_FUNDS },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'utilized_foreign_capital', year: 2022, month: 9,
    ytdValue: '3.12', reportedYoy: null, source: { file: F004, quote: Q004_FUNDS },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'fdi', year: 2022, month: 9,
    ytdValue: '1.13', reportedYoy: null, source: { file: F004, quote: Q004_FUNDS },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'new_market_entities', year: 2022, month: 9,
    ytdValue: '22768', reportedYoy: null, source: { file: F004, quote: Q004_ENTITIES },
    note: 'All market entities (the 11433 enterprises are a part of them).',
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'signed_projects', year: 2022, month: 9,
    ytdValue: '57', reportedYoy: null, source: { file: F004, quote: Q004_SIGNED },
    note: 'All projects signed in 前三季度 (their amount, 805.8 亿元, is signed, not in place).',
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'major_projects_started', year: 2022, month: 9,
    ytdValue: '24', reportedYoy: null, source: { file: F004, quote: Q004_STARTED },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'new_urban_jobs', year: 2022, month: 9,
    ytdValue: '22900', reportedYoy: null, source: { file: F004, quote: Q004_JOBS }, note: '2.29万人 = 22900 人.',
  },
];

export { DOCUMENT_TARGETS, DOCUMENT_VERDICTS, type DocumentVerdict } from './document-targets';
