// Figures and targets read from the seed documents (/work/shared/seeds), as pure data.
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
// - Estimates (预计, 约) and lower bounds (余, 突破) are kept at the stated figure, with a note.
//
// Plans are not actuals. A sentence that states what a district *will* do ("年内完成投资306亿元",
// "一季度完成投资93亿元", "力争一季度完成投资90.7亿元") is a DocumentTarget, never a DocumentFigure:
// the annual amount goes to `amountTarget`, a Q1 amount to `q1Amount`. Only what has been achieved
// (or is estimated as achieved for a period that has ended or is ending: "1-2月预计完成", "预计全年实现")
// is a DocumentFigure.
//
// Comparators: 以上 / 力争 / 不低于 / 突破 / 确保 → 'ge'; 以内 / 控制在 → 'le'. A target of a
// higher-is-better indicator stated without a comparator ("增长10%", "努力实现…完成23.54亿元",
// "年内完成投资306亿元") is read as a floor → 'ge'.
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
}

const F000 = '000_0042b9a55ec5e1ea.txt';
const F001 = '001_79771cd17df8b2f6.txt';
const F002 = '002_5f45327f596e6471.txt';
const F003 = '003_920ab4668335f224.txt';
const F004 = '004_4d2d563e07c3115e.txt';

const WUHAN = '420100';
const HANYANG = '420105';
const WUCHANG = '420106';
const XISAISHAN = '420203';

// --- 001: the 汉阳区 2021 government work report and the Wuhan 2021 government work report ------
const Q_HANYANG_2020 =
  '预计全年实现地区生产总值700亿元,增速逐月逐季向好;固定资产投资438亿元,总量位居中心城区第一;招商引资实际到位资金635亿元、实际利用外资7.9亿美元,完成进度保持中心城区前列。';
const Q_HANYANG_2021 =
  '全区经济社会发展的主要预期目标是:地区生产总值增长10%,固定资产投资增长5%,社会消费品零售总额增长5%,地方一般公共预算收入增长15%,招商引资实际到位资金突破650亿元,居民人均可支配收入增长与经济增速同步。';
const Q_WUHAN_GDP_2020 =
  '在一季度地区生产总值断崖式下跌40.5%的情况下,坚持稳中求进,做好“六稳”“六保”,搏杀二季度,单季基本打平;冲刺三季度,强势转正;决战四季度,全年好于预期,经济总量位居全国城市前十,达到15616.1亿元,同比下降4.7%,较一季度降幅收窄35.8个百分点,稳住了经济基本盘。';
const Q_WUHAN_FAI_2020 = '固定资产投资从一季度负增长81.6%收窄到全年负增长11.8%。';

// --- 002: 武昌区 2017 H1 plan execution report --------------------------------------------------
const Q002_GDP = '全年地区生产总值计划增长9%以上。上半年完成525.69亿元,同比增长8.1%。';
const Q002_FAI = '全年全社会固定资产投资计划完成220亿元以上,增长10%以上。上半年完成163.97亿元,同比增长15.61%';
const Q002_REV = '全年地方公共财政预算收入计划同口径增长10%以上。上半年完成83.8亿元,同口径同比增长44.7%';
const Q002_FUNDS = '全年招商引资总额计划完成540亿元以上。上半年完成426.4亿元,同比增长80.1%。';
const Q002_INCOME = '上半年城镇居民人均可支配收入24012元,同比增长9.57%,高于GDP增速。';
const Q002_JOBS = '全区城镇新增就业24400人,城镇登记失业率控制在3.20%以内';
const Q002_FOREIGN = '上半年实际利用外资19830万美元,同比增幅24.7%。';
const NOTE_FUNDS_TOTAL =
  '招商引资总额 is read as the funds-in-place total (招商引资实际到位资金), the indicator Wuhan districts report.';

// --- 003: 黄石市西塞山区 2023 targets (Traditional characters, with the simplified form in brackets) --
const Q003_Q1 = '一季度完成全年目標(biāo)任務(wù)30%以上';
const Q1_SHARE_003 = { q1Share: '30', q1ShareSource: { file: F003, quote: Q003_Q1 } };

// --- 004: 武昌区 2022 Q1–3 work report ----------------------------------------------------------
const Q004_GDP = 'GDP完成1202亿元、增速4.5%,增速相较上半年提升1.3个百分点;';
const Q004_FUNDS =
  '招商引资实际到位资金739亿元、产业到资236亿元、实际利用外资3.12亿美元、外商直接投资1.13亿美元,均超时序进度。';
const Q004_ENTITIES = '截至9月30日,新登记市场主体22768户,其中企业类11433户,完成全年度目标的91.22%。';
const Q004_JOBS = '实现城镇新增就业2.29万人,失业人员再就业4966人,城镇登记失业率控制在2.81%以内。';

const NOTE_RATE_WITHIN =
  'Reported as achieved ("控制在…以内"): the rate stayed within this level; stored as the level.';

export const DOCUMENT_FIGURES: DocumentFigure[] = [
  // ---- 000: Wuhan 2019, January and January–February -------------------------------------------
  {
    organisationCode: WUHAN, indicatorCode: 'fixed_asset_investment', year: 2019, month: 1,
    ytdValue: '425', reportedYoy: '21.8',
    source: { file: F000, quote: '1月份，武汉市投资完成约425亿元，增长约21.8%。' },
    note: 'Approximate ("约"); "投资" in a monthly dispatch is fixed-asset investment.',
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
  },
  {
    organisationCode: '420117', indicatorCode: 'fixed_asset_investment', year: 2019, month: 2,
    ytdValue: '45', reportedYoy: '47.7',
    source: { file: F000, quote: '新洲区1-2月预计完成固定资产投资45亿元，同比增长47.7%' },
    note: 'Estimate ("预计") for a period ending days after the meeting (16 February); treated as the reported figure.',
  },

  // ---- 001: 汉阳区 2020 (estimated full year, reported December 2020) --------------------------
  {
    organisationCode: HANYANG, indicatorCode: 'gdp', year: 2020, month: 12,
    ytdValue: '700', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, note: 'Full-year estimate ("预计全年").',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'fixed_asset_investment', year: 2020, month: 12,
    ytdValue: '438', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, note: 'Full-year estimate ("预计全年").',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'investment_funds_in_place', year: 2020, month: 12,
    ytdValue: '635', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, note: 'Full-year estimate ("预计全年").',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'utilized_foreign_capital', year: 2020, month: 12,
    ytdValue: '7.9', reportedYoy: null,
    source: { file: F001, quote: Q_HANYANG_2020 }, note: 'Full-year estimate ("预计全年").',
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
    ytdValue: '83.8', reportedYoy: '44.7', source: { file: F002, quote: Q002_REV },
    note: 'Growth on a comparable basis (同口径); 地方公共财政预算收入 is the older name of the indicator.',
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
    organisationCode: WUCHANG, indicatorCode: 'registered_unemployment_rate', year: 2017, month: 6,
    ytdValue: '3.20', reportedYoy: null, source: { file: F002, quote: Q002_JOBS }, note: NOTE_RATE_WITHIN,
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
    organisationCode: WUCHANG, indicatorCode: 'gdp', year: 2022, month: 6,
    ytdValue: null, reportedYoy: '3.2', source: { file: F004, quote: Q004_GDP },
    note: 'Derived: Q1–3 growth 4.5 % is "1.3 percentage points above H1", so H1 growth = 4.5 − 1.3 = 3.2 %.',
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
    organisationCode: WUCHANG, indicatorCode: 'new_urban_jobs', year: 2022, month: 9,
    ytdValue: '22900', reportedYoy: null, source: { file: F004, quote: Q004_JOBS }, note: '2.29万人 = 22900 人.',
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'registered_unemployment_rate', year: 2022, month: 9,
    ytdValue: '2.81', reportedYoy: null, source: { file: F004, quote: Q004_JOBS }, note: NOTE_RATE_WITHIN,
  },
];

export const DOCUMENT_TARGETS: DocumentTarget[] = [
  // ---- 000: Wuhan districts' 2019 plans (meeting of 16 February 2019) -----------------------------
  {
    organisationCode: 'WH-DHGX', indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: '1000', amountComparator: 'ge', growthTarget: '15', growthComparator: 'ge',
    source: { file: F000, quote: '确保固定资产投资增长15%以上，预计总投入1000亿元，工业项目、房地产项目和基础设施项目各占三分之一。' },
    note: 'Said in the Q1 push; read as the 2019 plan: growth ≥ 15 % and an expected total of 1000 亿元 for the year ("预计总投入" is a plan, so a floor).',
  },
  {
    organisationCode: 'WH-LKG', indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: '900', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F000, quote: '计划全年推进亿元以上重大投资项目239个，投资额5177亿元，全年完成投资900亿元。' },
    note: '"全年完成投资900亿元" is the year\'s investment plan; the 5177 亿元 is the project list\'s total investment and is not used.',
  },
  {
    organisationCode: '420102', indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: '306', amountComparator: 'ge', growthTarget: null, growthComparator: null, q1Amount: '93',
    source: { file: F000, quote: '江岸区将抓住81个重大产业项目建设，年内完成投资306亿元，一季度完成投资93亿元。' },
    note: 'A plan, not an actual: 306 亿元 for the year, 93 亿元 in Q1.',
  },
  {
    organisationCode: '420103', indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '90.7',
    source: { file: F000, quote: '江汉区力争一季度完成投资90.7亿元。' },
    note: 'Q1 plan only ("力争" → at least).',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '110',
    source: { file: F000, quote: '汉阳区一季度固定资产投资110亿元，发展总部经济。' },
    note: 'Q1 plan only (the meeting was held in February, so Q1 had not ended).',
  },
  {
    organisationCode: '420115', indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '100',
    source: { file: F000, quote: '江夏区部署冲刺千亿城区工作目标，一季度固定资产投资100亿元，计划实现招商总额140亿元，重点规划建设光谷南大健康产业园。' },
    note: 'Q1 plan only.',
  },
  {
    organisationCode: '420115', indicatorCode: 'investment_funds_in_place', year: 2019,
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '140',
    source: { file: F000, quote: '江夏区部署冲刺千亿城区工作目标，一季度固定资产投资100亿元，计划实现招商总额140亿元，重点规划建设光谷南大健康产业园。' },
    note: `Q1 plan only (the sentence is about Q1). ${NOTE_FUNDS_TOTAL}`,
  },

  // ---- 001: 汉阳区 2021 expected targets and the 十四五 end-of-period GDP ---------------------------
  {
    organisationCode: HANYANG, indicatorCode: 'gdp', year: 2021,
    amountTarget: null, amountComparator: null, growthTarget: '10', growthComparator: 'ge',
    source: { file: F001, quote: Q_HANYANG_2021 },
  },
  {
    organisationCode: HANYANG, indicatorCode: 'fixed_asset_investment', year: 2021,
    amountTarget: null, amountComparator: null, growthTarget: '5', growthComparator: 'ge',
    source: { file: F001, quote: Q_HANYANG_2021 },
  },
  {
    organisationCode: HANYANG, indicatorCode: 'retail_sales', year: 2021,
    amountTarget: null, amountComparator: null, growthTarget: '5', growthComparator: 'ge',
    source: { file: F001, quote: Q_HANYANG_2021 },
  },
  {
    organisationCode: HANYANG, indicatorCode: 'general_budget_revenue', year: 2021,
    amountTarget: null, amountComparator: null, growthTarget: '15', growthComparator: 'ge',
    source: { file: F001, quote: Q_HANYANG_2021 },
  },
  {
    organisationCode: HANYANG, indicatorCode: 'investment_funds_in_place', year: 2021,
    amountTarget: '650', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F001, quote: Q_HANYANG_2021 }, note: '"突破650亿元" → at least 650.',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'new_market_entities', year: 2021,
    amountTarget: '9000', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F001, quote: '加大梯次培育力度,推动新增市场主体9000户以上,支持中小微企业发展壮大。' },
  },
  {
    organisationCode: HANYANG, indicatorCode: 'new_urban_jobs', year: 2021,
    amountTarget: '16000', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F001, quote: '千方百计稳定就业,促进新增就业1.6万人,确保零就业家庭动态清零。' },
    note: '1.6万人 = 16000 人.',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'gdp', year: 2025,
    amountTarget: '1100', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F001, quote: '实施并完成新千亿计划,地区生产总值突破1100亿元。' },
    note: 'A 十四五 (2021–2025) goal, recorded as the 2025 annual GDP target.',
  },

  // ---- 002: 武昌区 2017 annual plan --------------------------------------------------------------
  {
    organisationCode: WUCHANG, indicatorCode: 'gdp', year: 2017,
    amountTarget: null, amountComparator: null, growthTarget: '9', growthComparator: 'ge',
    source: { file: F002, quote: Q002_GDP },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'fixed_asset_investment', year: 2017,
    amountTarget: '220', amountComparator: 'ge', growthTarget: '10', growthComparator: 'ge',
    source: { file: F002, quote: Q002_FAI },
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'general_budget_revenue', year: 2017,
    amountTarget: null, amountComparator: null, growthTarget: '10', growthComparator: 'ge',
    source: { file: F002, quote: Q002_REV }, note: 'Growth on a comparable basis (同口径).',
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'investment_funds_in_place', year: 2017,
    amountTarget: '540', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F002, quote: Q002_FUNDS }, note: NOTE_FUNDS_TOTAL,
  },

  // ---- 003: 黄石市西塞山区 2023 (every target also carries the Q1 share of 30 %) --------------------
  {
    organisationCode: XISAISHAN, indicatorCode: 'gdp', year: 2023,
    amountTarget: null, amountComparator: null, growthTarget: '9', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)地區(qū)生產(chǎn)總值同比增長9%以上。' },
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'fixed_asset_investment', year: 2023,
    amountTarget: '23.54', amountComparator: 'ge', growthTarget: '20', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)固定資產(chǎn)投資完成23.54億元,同比增長20%以上。' },
    note: '"努力实现…完成23.54亿元" is a floor.',
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'industrial_output', year: 2023,
    amountTarget: '140', amountComparator: 'ge', growthTarget: '16', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)規(guī)模以上工業(yè)總產(chǎn)值完成140億元以上,同比增長16%以上;' },
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'industrial_value_added', year: 2023,
    amountTarget: null, amountComparator: null, growthTarget: '10', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '規(guī)模以上工業(yè)增加值同比增長10%以上。' },
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'retail_sales', year: 2023,
    amountTarget: '23', amountComparator: 'ge', growthTarget: '5.2', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)社會消費(fèi)品零售總額完成23億元,同比增長5.2%以上。' },
    note: '"努力实现…完成23亿元" is a floor.',
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'general_budget_revenue', year: 2023,
    amountTarget: '2.95', amountComparator: 'ge', growthTarget: '7', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)地方公共財(cái)政預(yù)算收入完成2.95億元以上,同比增長7%以上。' },
    note: '地方公共财政预算收入 is the older name of the local general public budget revenue.',
  },

  // ---- 004: 武昌区 2022, derived from the completion rate --------------------------------------------
  {
    organisationCode: WUCHANG, indicatorCode: 'new_market_entities', year: 2022,
    amountTarget: '24959', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F004, quote: Q004_ENTITIES },
    note: 'Derived, not stated: 22768 户 is 91.22 % of the annual target, so target = 22768 / 0.9122 = 24959.44 → 24959 户.',
  },
];
