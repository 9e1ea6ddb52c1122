// Targets and plans stated in the seed documents (see document-figures.ts for how they are read).
import type { DocumentTarget } from './document-figures';
import { F000, F001, F002, F003, F004, HANYANG, WUCHANG, XISAISHAN, Q_HANYANG_2021, Q002_GDP, Q002_FAI, Q002_REV, Q002_FUNDS, NOTE_FUNDS_TOTAL, Q1_SHARE_003, Q002_JOBS, Q004_ENTITIES, Q004_JOBS, Q004_FUNDS, NOTE_RATE_WITHIN } from './document-sources';

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
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '90.7', throughMonth: 3,
    source: { file: F000, quote: '江汉区力争一季度完成投资90.7亿元。' },
    note: 'Q1 plan only ("力争" → at least).',
  },
  {
    organisationCode: HANYANG, indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '110', throughMonth: 3,
    source: { file: F000, quote: '汉阳区一季度固定资产投资110亿元，发展总部经济。' },
    note: 'Q1 plan only (the meeting was held in February, so Q1 had not ended).',
  },
  {
    organisationCode: '420115', indicatorCode: 'fixed_asset_investment', year: 2019,
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '100', throughMonth: 3,
    source: { file: F000, quote: '江夏区部署冲刺千亿城区工作目标，一季度固定资产投资100亿元，计划实现招商总额140亿元，重点规划建设光谷南大健康产业园。' },
    note: 'Q1 plan only.',
  },
  {
    organisationCode: '420115', indicatorCode: 'investment_funds_in_place', year: 2019,
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null, q1Amount: '140', throughMonth: 3,
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
  {
    organisationCode: WUCHANG, indicatorCode: 'registered_unemployment_rate', year: 2017,
    amountTarget: '3.20', amountComparator: 'le', growthTarget: null, growthComparator: null,
    source: { file: F002, quote: Q002_JOBS }, note: NOTE_RATE_WITHIN,
  },

  // ---- 003: 黄石市西塞山区 2023 Q1 (the meeting of 3 January sets the targets of the Q1 push) ---------
  // Every figure of the paragraph is a Q1 target ("一季度完成全年目标任务30%以上", "力争一季度完成进规
  // 6家以上"): a district of 西塞山区's size does not plan 23.54 亿元 of 固投 for a year. Amounts are
  // stored as period targets through March; the growth rates are recorded but not loaded (a period
  // target holds an amount). The annual targets are synthetic and carry the stated Q1 share of 30 %.
  {
    organisationCode: XISAISHAN, indicatorCode: 'gdp', year: 2023, throughMonth: 3,
    amountTarget: null, amountComparator: null, growthTarget: '9', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)地區(qū)生產(chǎn)總值同比增長9%以上。' },
    note: 'Q1 growth target; not loaded (a period target holds an amount).',
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'fixed_asset_investment', year: 2023, throughMonth: 3, q1Amount: '23.54',
    amountTarget: null, amountComparator: null, growthTarget: '20', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)固定資產(chǎn)投資完成23.54億元,同比增長20%以上。' },
    note: '"努力实现…完成23.54亿元" is a floor for Q1.',
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'industrial_output', year: 2023, throughMonth: 3, q1Amount: '140',
    amountTarget: null, amountComparator: null, growthTarget: '16', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)規(guī)模以上工業(yè)總產(chǎn)值完成140億元以上,同比增長16%以上;' },
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'industrial_value_added', year: 2023, throughMonth: 3,
    amountTarget: null, amountComparator: null, growthTarget: '10', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '規(guī)模以上工業(yè)增加值同比增長10%以上。' },
    note: 'Q1 growth target; not loaded (a period target holds an amount).',
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'retail_sales', year: 2023, throughMonth: 3, q1Amount: '23',
    amountTarget: null, amountComparator: null, growthTarget: '5.2', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)社會消費(fèi)品零售總額完成23億元,同比增長5.2%以上。' },
    note: '"努力实现…完成23亿元" is a floor for Q1.',
  },
  {
    organisationCode: XISAISHAN, indicatorCode: 'general_budget_revenue', year: 2023, throughMonth: 3, q1Amount: '2.95',
    amountTarget: null, amountComparator: null, growthTarget: '7', growthComparator: 'ge', ...Q1_SHARE_003,
    source: { file: F003, quote: '努力實(shí)現(xiàn)地方公共財(cái)政預(yù)算收入完成2.95億元以上,同比增長7%以上。' },
    note: '地方公共财政预算收入 is the older name of the local general public budget revenue.',
  },

  {
    organisationCode: XISAISHAN, indicatorCode: 'enterprises_entering_scale', year: 2023, throughMonth: 3, q1Amount: '6',
    amountTarget: null, amountComparator: null, growthTarget: null, growthComparator: null,
    source: { file: F003, quote: '力爭一季度完成進(jìn)規(guī)6家以上,其中新進(jìn)規(guī)3家以上。' },
    note: '"力争…6家以上" → at least 6 in Q1.',
  },

  // ---- 004: 武昌区 2022, derived from the completion rate --------------------------------------------
  {
    organisationCode: WUCHANG, indicatorCode: 'new_market_entities', year: 2022,
    amountTarget: '24959', amountComparator: 'ge', growthTarget: null, growthComparator: null,
    source: { file: F004, quote: Q004_ENTITIES },
    derived: true,
    note: 'Derived, not stated: 22768 户 is 91.22 % of the annual target, so target = 22768 / 0.9122 = 24959.44 → 24959 户. Loaded as synthetic.',
  },
  {
    organisationCode: WUCHANG, indicatorCode: 'registered_unemployment_rate', year: 2022,
    amountTarget: '2.81', amountComparator: 'le', growthTarget: null, growthComparator: null,
    source: { file: F004, quote: Q004_JOBS }, note: NOTE_RATE_WITHIN,
  },
];

/**
 * What a document says of a figure against time progress ("均超时序进度"): the demo's synthetic
 * target of that unit, indicator and year is drawn so that the verdict holds at `month`.
 */
export interface DocumentVerdict {
  organisationCode: string;
  indicatorCodes: string[];
  year: number;
  month: number;
  verdict: 'ahead_of_time_progress';
  source: { file: string; quote: string };
}

export const DOCUMENT_VERDICTS: DocumentVerdict[] = [
  {
    organisationCode: WUCHANG, year: 2022, month: 9, verdict: 'ahead_of_time_progress',
    indicatorCodes: ['investment_funds_in_place', 'industrial_funds_in_place', 'utilized_foreign_capital', 'fdi'],
    source: { file: F004, quote: Q004_FUNDS },
  },
];
