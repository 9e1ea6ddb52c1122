// The major projects the seed documents name, each with its file and the exact sentence naming it.
// A document gives a project's name, its district, the year, and sometimes its stage or what is
// planned ("正在洽谈", "将在一季度开工", "进场施工"); `stated` lists those fields. Everything else —
// amounts, level, exact dates — is not in the document: it is synthetic, deterministic, and
// chosen to satisfy the domain's rules (the city's entry threshold by category, milestones in
// order). The project page shows the quote and says which fields it supports.
import type { MilestoneDates, ProjectCategory, ProjectLevel, ProjectStage, ProjectYearStatus } from '@hongtu/domain';

export const F000 = '000_0042b9a55ec5e1ea.txt';
export const F003 = '003_920ab4668335f224.txt';

// --- 000: 湖北日报, 2019-02-17, Wuhan's Q1 inspection tour ----------------------------------------
export const Q000_SAIC = '当日上午，一行30多人首先来到江夏区上汽通用武汉分公司新能源汽车生产线工位，了解新上马的柔性生产作业。';
export const Q000_HEALTH_PARK = '随后，他们来到江夏郑店光谷南大健康产业园，听取规划及项目发展方案。';
export const Q000_EAST_LAKE = '本月，除正在进行的171个亿元以上续建项目外，还有联想智能物联网总部、京东智谷小镇等20多个亿元以上重大项目正在洽谈。';
export const Q000_GEELY = '吉利整车、飞行汽车等将在一季度开工。';
export const Q000_QIAOKOU = '硚口区今年将整理供地2500亩，一季度推动汉江湾科创总部等1000亿元投资的6个项目挂牌供地。';

// --- 003: 黄石日报, 2023-01-05, 西塞山区 (Traditional characters, with the file's pinyin notes) ----
export const Q003_IN_LIBRARY = '優(yōu)化在庫重大項(xiàng)目服務(wù),繼續(xù)服務(wù)好焦化、特冶二期、黃石二中濱江校區(qū)、桂林南路立交改造等省市重大項(xiàng)目有序推進(jìn)建設(shè)。';
export const Q003_ON_SITE = '全力保障迪賽新材料、振華金屬鉻等重點(diǎn)項(xiàng)目進(jìn)場施工。';
export const Q003_PRODUCTION = '全力服務(wù)電子信息園、風(fēng)電產(chǎn)業(yè)園、紅睿馬無縫鋼管、卓其精密、川冶新材料等重點(diǎn)項(xiàng)目投產(chǎn)達(dá)效';

/** Fields a quote supports (the rest of the record is synthetic). */
export type StatedField = 'name' | 'organisation' | 'year' | 'stage' | 'yearStatus' | 'planned.start' | 'planned.land';

export interface DemoProject {
  organisationCode: string;
  /** Simplified, as the library keeps names. */
  name: string;
  planYear: number;
  level: ProjectLevel;
  category: ProjectCategory;
  yearStatus: ProjectYearStatus;
  stage: ProjectStage;
  /** 万元. */
  totalInvestment: number;
  annualPlan: number;
  planned: MilestoneDates;
  actual: MilestoneDates;
  industry: string;
  source: { file: string; quote: string; stated: StatedField[] } | null;
}

const ALWAYS: StatedField[] = ['name', 'organisation', 'year'];

export const DOCUMENT_PROJECTS: DemoProject[] = [
  {
    // "了解新上马的柔性生产作业": the line is producing.
    organisationCode: '420115', name: '上汽通用武汉分公司新能源汽车生产线', planYear: 2019, level: 'city', category: 'advanced_manufacturing',
    yearStatus: 'continuing', stage: 'in_production', totalInvestment: 500_000, annualPlan: 80_000, industry: '汽车制造',
    planned: { start: '2017-06-01', completion: '2018-10-31', production: '2018-12-31' },
    actual: { start: '2017-09-01', completion: '2018-11-01', production: '2018-12-01' },
    source: { file: F000, quote: Q000_SAIC, stated: [...ALWAYS, 'stage'] },
  },
  {
    // "听取规划及项目发展方案": still being planned.
    organisationCode: '420115', name: '光谷南大健康产业园', planYear: 2019, level: 'city', category: 'emerging_industry',
    yearStatus: 'preparatory', stage: 'signed', totalInvestment: 1_000_000, annualPlan: 50_000, industry: '生物医药与健康',
    planned: { land: '2019-06-30', start: '2020-03-31' }, actual: {},
    source: { file: F000, quote: Q000_HEALTH_PARK, stated: [...ALWAYS, 'yearStatus'] },
  },
  {
    organisationCode: 'WH-DHGX', name: '联想智能物联网总部', planYear: 2019, level: 'city', category: 'headquarters',
    yearStatus: 'preparatory', stage: 'negotiation', totalInvestment: 150_000, annualPlan: 20_000, industry: '信息技术',
    planned: { signing: '2019-04-30', start: '2019-12-31' }, actual: {},
    source: { file: F000, quote: Q000_EAST_LAKE, stated: [...ALWAYS, 'stage', 'yearStatus'] },
  },
  {
    organisationCode: 'WH-DHGX', name: '京东智谷小镇', planYear: 2019, level: 'city', category: 'commerce_logistics',
    yearStatus: 'preparatory', stage: 'negotiation', totalInvestment: 200_000, annualPlan: 10_000, industry: '商贸物流',
    planned: { signing: '2019-05-31', start: '2020-06-30' }, actual: {},
    source: { file: F000, quote: Q000_EAST_LAKE, stated: [...ALWAYS, 'stage', 'yearStatus'] },
  },
  {
    // "将在一季度开工": a new start planned by the end of March.
    organisationCode: 'WH-JKQ', name: '吉利整车', planYear: 2019, level: 'city', category: 'advanced_manufacturing',
    yearStatus: 'new_start', stage: 'land', totalInvestment: 300_000, annualPlan: 60_000, industry: '汽车制造',
    planned: { start: '2019-03-31', completion: '2021-06-30' }, actual: {},
    source: { file: F000, quote: Q000_GEELY, stated: [...ALWAYS, 'yearStatus', 'planned.start'] },
  },
  {
    // "一季度推动…挂牌供地": land to be offered in Q1; the 1000 亿元 covers six projects, not this one.
    organisationCode: '420104', name: '汉江湾科创总部', planYear: 2019, level: 'city', category: 'headquarters',
    yearStatus: 'preparatory', stage: 'signed', totalInvestment: 200_000, annualPlan: 10_000, industry: '科技服务',
    planned: { land: '2019-03-31', start: '2019-12-31' }, actual: {},
    source: { file: F000, quote: Q000_QIAOKOU, stated: [...ALWAYS, 'yearStatus', 'planned.land'] },
  },
  {
    // "在庫重大項目…有序推進建設": in the library, under construction.
    organisationCode: '420203', name: '特冶二期', planYear: 2023, level: 'city', category: 'advanced_manufacturing',
    yearStatus: 'continuing', stage: 'under_construction', totalInvestment: 150_000, annualPlan: 40_000, industry: '特钢冶炼',
    planned: { start: '2021-09-30', completion: '2024-06-30' }, actual: { start: '2021-10-08' },
    source: { file: F003, quote: Q003_IN_LIBRARY, stated: [...ALWAYS, 'stage', 'yearStatus'] },
  },
  {
    organisationCode: '420203', name: '黄石二中滨江校区', planYear: 2023, level: 'city', category: 'social_livelihood',
    yearStatus: 'continuing', stage: 'under_construction', totalInvestment: 60_000, annualPlan: 25_000, industry: '教育',
    planned: { start: '2022-05-31', completion: '2024-08-31' }, actual: { start: '2022-06-01' },
    source: { file: F003, quote: Q003_IN_LIBRARY, stated: [...ALWAYS, 'stage', 'yearStatus'] },
  },
  {
    // "進場施工": to start this year.
    organisationCode: '420203', name: '迪赛新材料', planYear: 2023, level: 'district', category: 'emerging_industry',
    yearStatus: 'new_start', stage: 'land', totalInvestment: 30_000, annualPlan: 12_000, industry: '新材料',
    planned: { start: '2023-03-31', production: '2024-06-30' }, actual: {},
    source: { file: F003, quote: Q003_ON_SITE, stated: [...ALWAYS, 'yearStatus'] },
  },
  {
    // "投產達效": production is this year's aim.
    organisationCode: '420203', name: '卓其精密', planYear: 2023, level: 'district', category: 'advanced_manufacturing',
    yearStatus: 'continuing', stage: 'under_construction', totalInvestment: 20_000, annualPlan: 8_000, industry: '精密制造',
    planned: { start: '2022-03-31', production: '2023-06-30' }, actual: { start: '2022-04-01' },
    source: { file: F003, quote: Q003_PRODUCTION, stated: [...ALWAYS] },
  },
];

/**
 * The demo's current year (2026, as the indicator demo's): a few synthetic projects of 武昌区 and
 * 江岸区 with monthly reports January–October approved, so that November is the month to file.
 * `pace` is their completion against the plan's time progress.
 */
export const SYNTHETIC_PROJECTS: (DemoProject & { pace: number; firstMonth: number })[] = [
  {
    organisationCode: '420106', name: '武昌滨江商务区数字产业园', planYear: 2026, level: 'city', category: 'emerging_industry',
    yearStatus: 'continuing', stage: 'under_construction', totalInvestment: 260_000, annualPlan: 60_000, industry: '数字经济',
    planned: { signing: '2024-11-20', land: '2025-01-15', start: '2025-04-01', completion: '2027-12-31' },
    actual: { signing: '2024-11-28', land: '2025-01-20', start: '2025-04-10' }, source: null, pace: 0.92, firstMonth: 1,
  },
  {
    organisationCode: '420106', name: '中南路智慧医疗综合体', planYear: 2026, level: 'city', category: 'social_livelihood',
    yearStatus: 'new_start', stage: 'under_construction', totalInvestment: 45_000, annualPlan: 18_000, industry: '医疗卫生',
    planned: { land: '2025-10-31', construction_permit: '2026-02-28', start: '2026-03-15', completion: '2028-06-30' },
    actual: { land: '2025-11-12', construction_permit: '2026-03-05', start: '2026-03-18' }, source: null, pace: 0.75, firstMonth: 3,
  },
  {
    organisationCode: '420106', name: '积玉桥城市更新配套道路', planYear: 2026, level: 'district', category: 'infrastructure',
    yearStatus: 'preparatory', stage: 'land', totalInvestment: 32_000, annualPlan: 3_000, industry: '市政道路',
    planned: { planning: '2026-09-30', start: '2027-03-01' }, actual: {}, source: null, pace: 0, firstMonth: 13,
  },
  {
    organisationCode: '420102', name: '二七滨江总部基地', planYear: 2026, level: 'city', category: 'headquarters',
    yearStatus: 'continuing', stage: 'under_construction', totalInvestment: 350_000, annualPlan: 70_000, industry: '总部经济',
    planned: { start: '2024-08-31', completion: '2027-10-31' }, actual: { start: '2024-09-01' }, source: null, pace: 1.05, firstMonth: 1,
  },
];

/** The last month of the demo year with approved reports; the next one is open. */
export const DEMO_REPORTED_THROUGH = { year: 2026, month: 10 };
