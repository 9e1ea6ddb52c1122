// Profiles of the synthetic demo: which organisations, which indicators, their sizes and seasonal shapes.
import { INDICATOR_CATALOGUE } from '../../../features/indicators/indicator-catalogue';

export type OrganisationGroup = 'central' | 'new_city' | 'zone' | 'other';

export interface SyntheticOrganisation {
  code: string;
  name: string;
  group: OrganisationGroup;
}

/** The 13 districts and 4 functional zones of Wuhan, and 黄石市西塞山区 (seed 003). */
export const SYNTHETIC_ORGANISATIONS: SyntheticOrganisation[] = [
  { code: '420102', name: '江岸区', group: 'central' },
  { code: '420103', name: '江汉区', group: 'central' },
  { code: '420104', name: '硚口区', group: 'central' },
  { code: '420105', name: '汉阳区', group: 'central' },
  { code: '420106', name: '武昌区', group: 'central' },
  { code: '420107', name: '青山区', group: 'central' },
  { code: '420111', name: '洪山区', group: 'central' },
  { code: '420112', name: '东西湖区', group: 'new_city' },
  { code: '420113', name: '汉南区', group: 'new_city' },
  { code: '420114', name: '蔡甸区', group: 'new_city' },
  { code: '420115', name: '江夏区', group: 'new_city' },
  { code: '420116', name: '黄陂区', group: 'new_city' },
  { code: '420117', name: '新洲区', group: 'new_city' },
  { code: 'WH-DHGX', name: '东湖高新区', group: 'zone' },
  { code: 'WH-JKQ', name: '武汉经开区', group: 'zone' },
  { code: 'WH-LKG', name: '临空港经开区', group: 'zone' },
  { code: 'WH-CJXQ', name: '长江新区', group: 'zone' },
  { code: '420203', name: '西塞山区', group: 'other' },
];

/** The profile year: PROFILES hold full-year figures of this year. */
export const PROFILE_YEAR = 2022;
/** Nominal trend applied to amounts away from the profile year (per year). */
export const TREND = '1.06';
/** The month at which the card class of a target is set. */
export const REFERENCE_MONTH = 9;
export const DEFAULT_SEED = 20190216;

export const INDICATOR_ORDER = [
  'gdp', 'fixed_asset_investment', 'industrial_investment', 'real_estate_investment', 'general_budget_revenue',
  'retail_sales', 'industrial_output', 'industrial_value_added', 'investment_funds_in_place',
  'industrial_funds_in_place', 'utilized_foreign_capital', 'fdi', 'foreign_trade', 'new_market_entities',
  'new_urban_jobs', 'registered_unemployment_rate', 'urban_disposable_income',
] as const;
export type IndicatorCode = (typeof INDICATOR_ORDER)[number];

// Full-year figures around 2022, in the order of INDICATOR_ORDER. Central districts lead in retail
// and revenue, new-city districts and zones in industry and investment; 东湖高新区 and 武汉经开区 have
// the largest industrial output. The unemployment rate is a level in %.
export const PROFILES: Record<string, number[]> = {
  //         gdp   fai  ind  re   rev  retail out   iva   funds indF ufc  fdi  trade ent    jobs   unemp inc
  '420102': [1600, 420, 10,  230, 95,  1150, 150,  35,   800,  280, 6.5, 2.8, 260,  30000, 26000, 2.6,  62000],
  '420103': [1550, 330, 5,   200, 110, 1200, 60,   14,   700,  250, 7.5, 3.2, 300,  32000, 28000, 2.5,  64000],
  '420104': [850,  380, 20,  180, 45,  620,  260,  60,   620,  220, 4.0, 1.6, 120,  18000, 16000, 2.8,  56000],
  '420105': [900,  460, 40,  220, 55,  520,  420,  95,   680,  240, 6.0, 2.2, 150,  17000, 17000, 2.7,  55000],
  '420106': [1650, 470, 6,   250, 155, 1000, 120,  28,   950,  310, 4.2, 1.5, 200,  25000, 30000, 2.8,  66000],
  '420107': [800,  300, 90,  110, 35,  280,  1500, 330,  450,  200, 2.5, 1.0, 180,  9000,  9000,  3.1,  52000],
  '420111': [1000, 650, 60,  400, 70,  750,  380,  85,   720,  260, 3.5, 1.3, 160,  28000, 22000, 2.9,  58000],
  '420112': [900,  620, 200, 200, 60,  330,  1600, 360,  600,  320, 3.0, 1.4, 350,  16000, 14000, 3.0,  50000],
  '420113': [520,  260, 120, 60,  30,  110,  900,  210,  300,  200, 0.8, 0.4, 60,   5000,  5000,  3.3,  43000],
  '420114': [600,  520, 150, 180, 40,  220,  800,  190,  420,  250, 1.5, 0.6, 70,   9000,  8000,  3.2,  45000],
  '420115': [1000, 900, 280, 330, 65,  400,  1400, 320,  650,  380, 3.0, 1.2, 200,  18000, 15000, 3.1,  47000],
  '420116': [900,  820, 180, 300, 55,  450,  1100, 250,  600,  330, 2.0, 0.8, 90,   16000, 14000, 3.2,  44000],
  '420117': [800,  700, 200, 150, 45,  380,  1200, 280,  500,  300, 1.2, 0.5, 60,   12000, 11000, 3.4,  42000],
  'WH-DHGX': [2500, 1450, 600, 500, 200, 500, 5500, 1200, 1200, 800, 9.5, 4.5, 1500, 38000, 30000, 2.2, 70000],
  'WH-JKQ':  [2000, 1100, 450, 250, 150, 400, 5200, 1100, 1000, 700, 9.0, 4.0, 1200, 20000, 20000, 2.4, 60000],
  'WH-LKG':  [800,  600, 220, 180, 50,  250,  1500, 340,  520,  300, 2.0, 0.9, 300,  15000, 12000, 2.9,  50000],
  'WH-CJXQ': [550,  500, 120, 200, 35,  180,  500,  120,  400,  220, 1.0, 0.5, 80,   8000,  7000,  3.3,  46000],
  '420203':  [260,  20,  10,  5,   2.75, 22,  120,  30,   60,   40,  0.3, 0.15, 30,  3000,  3000,  2.6,  45000],
};

// Monthly shares (relative weights, normalised per series): January and February low, December high.
export const SHAPES = {
  gdp:        [6.5, 6.0, 8.0, 8.0, 8.3, 8.7, 8.0, 8.0, 8.9, 9.0, 9.2, 11.4],
  investment: [3.5, 3.5, 7.5, 8.0, 8.5, 9.5, 8.0, 8.0, 9.0, 9.5, 10.5, 14.5],
  revenue:    [7.0, 6.0, 8.0, 9.0, 8.5, 9.0, 8.0, 7.5, 8.0, 9.0, 9.0, 11.0],
  retail:     [8.3, 7.2, 8.0, 8.0, 8.4, 8.4, 8.0, 8.0, 8.4, 9.0, 9.0, 9.3],
  industry:   [6.5, 5.5, 8.3, 8.2, 8.4, 8.8, 8.1, 8.1, 8.7, 8.9, 9.3, 11.2],
  funds:      [4.0, 4.5, 9.0, 7.5, 8.0, 10.0, 7.5, 7.5, 9.5, 8.5, 9.0, 15.0],
  trade:      [8.0, 6.5, 8.0, 8.0, 8.3, 8.5, 8.5, 8.5, 8.5, 8.7, 8.9, 10.6],
  counts:     [5.0, 5.0, 9.0, 8.5, 8.5, 9.0, 8.5, 8.5, 9.0, 9.0, 9.0, 11.0],
  income:     [9.5, 7.0, 8.5, 8.0, 8.0, 8.5, 8.0, 8.0, 8.5, 8.0, 8.0, 10.0],
} as const;

export interface SeriesSpec {
  shape: readonly number[];
  /** Range of the year's growth in percent. */
  growth: [number, number];
  /** Typical growth target range in percent. */
  growthTarget: [number, number];
}

export const SPECS: Record<IndicatorCode, SeriesSpec> = {
  gdp: { shape: SHAPES.gdp, growth: [2, 9], growthTarget: [6, 9] },
  fixed_asset_investment: { shape: SHAPES.investment, growth: [-6, 22], growthTarget: [8, 15] },
  industrial_investment: { shape: SHAPES.investment, growth: [-6, 24], growthTarget: [10, 20] },
  real_estate_investment: { shape: SHAPES.investment, growth: [-8, 15], growthTarget: [0, 8] },
  general_budget_revenue: { shape: SHAPES.revenue, growth: [-4, 14], growthTarget: [5, 10] },
  retail_sales: { shape: SHAPES.retail, growth: [1, 12], growthTarget: [6, 10] },
  industrial_output: { shape: SHAPES.industry, growth: [-2, 15], growthTarget: [8, 14] },
  industrial_value_added: { shape: SHAPES.industry, growth: [0, 12], growthTarget: [7, 11] },
  investment_funds_in_place: { shape: SHAPES.funds, growth: [2, 22], growthTarget: [10, 18] },
  industrial_funds_in_place: { shape: SHAPES.funds, growth: [2, 24], growthTarget: [10, 20] },
  utilized_foreign_capital: { shape: SHAPES.funds, growth: [-6, 24], growthTarget: [5, 15] },
  fdi: { shape: SHAPES.funds, growth: [-6, 24], growthTarget: [5, 15] },
  foreign_trade: { shape: SHAPES.trade, growth: [-6, 20], growthTarget: [5, 12] },
  new_market_entities: { shape: SHAPES.counts, growth: [-5, 20], growthTarget: [8, 15] },
  new_urban_jobs: { shape: SHAPES.counts, growth: [-3, 10], growthTarget: [2, 6] },
  registered_unemployment_rate: { shape: SHAPES.counts, growth: [0, 0], growthTarget: [0, 0] },
  urban_disposable_income: { shape: SHAPES.income, growth: [4, 8], growthTarget: [6, 8] },
};

export const CATALOGUE = new Map(INDICATOR_CATALOGUE.map((d) => [d.code, d]));
