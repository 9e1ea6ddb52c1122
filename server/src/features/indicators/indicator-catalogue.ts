import { accumulates, type Direction, type GrowthBasis, type IndicatorKind, type ReportingFrequency, type UnitCode } from '@hongtu/domain';

/** How an indicator accumulates over the year and which way is good (packages/domain). */
export type { IndicatorKind };
export type IndicatorDirection = Direction;

export interface IndicatorDefinition {
  code: string;
  names: { 'zh-CN': string; 'zh-TW': string; en: string };
  unit: UnitCode;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  /** Year-to-date must not fall from one month to the next. */
  ytdNonDecreasing: boolean;
  decimals: number;
  /** Shown as a column of the city overview. */
  key: boolean;
  /** When it is reported (packages/domain frequency.ts): GDP quarterly, 固投 from 1-2月 … */
  frequency: ReportingFrequency;
  /** Growth computed from amounts, or real growth (at constant prices) as reported (growth-basis.ts). */
  growthBasis: GrowthBasis;
}

const def = (
  code: string,
  zhCN: string,
  zhTW: string,
  en: string,
  unit: UnitCode,
  kind: IndicatorKind,
  options: Partial<Pick<IndicatorDefinition, 'direction' | 'ytdNonDecreasing' | 'decimals' | 'key' | 'frequency' | 'growthBasis'>> = {},
): IndicatorDefinition => ({
  code,
  names: { 'zh-CN': zhCN, 'zh-TW': zhTW, en },
  unit,
  kind,
  direction: options.direction ?? 'higher',
  ytdNonDecreasing: options.ytdNonDecreasing ?? accumulates(kind),
  decimals: options.decimals ?? 2,
  key: options.key ?? false,
  frequency: options.frequency ?? 'monthly',
  growthBasis: options.growthBasis ?? 'amounts',
});

// The first release of these covers January–February together (1-2月): there is no January figure.
const FROM_FEBRUARY = { frequency: 'monthly_from_february' } as const;

/**
 * The default catalogue: what the seed documents report. Codes are stable identifiers.
 * Frequencies follow the first release of each figure: GDP is accounted quarterly (the province's
 * unified 核算), as are per-capita disposable income and the registered unemployment rate; industry,
 * investment, retail sales and foreign trade are first released for 1-2月; revenue, attracted
 * investment, market entities and jobs monthly. GDP and 规上工业增加值 grow at constant prices:
 * their growth is reported, never computed from the amounts.
 */
export const INDICATOR_CATALOGUE: IndicatorDefinition[] = [
  def('gdp', '地区生产总值', '地區生產總值', 'Gross domestic product', 'yi_yuan', 'cumulative', { key: true, frequency: 'quarterly', growthBasis: 'reported_real' }),
  def('fixed_asset_investment', '固定资产投资', '固定資產投資', 'Fixed-asset investment', 'yi_yuan', 'cumulative', { key: true, ...FROM_FEBRUARY }),
  def('industrial_investment', '工业投资', '工業投資', 'Industrial investment', 'yi_yuan', 'cumulative', FROM_FEBRUARY),
  def('real_estate_investment', '房地产开发投资', '房地產開發投資', 'Real-estate development investment', 'yi_yuan', 'cumulative', FROM_FEBRUARY),
  def('general_budget_revenue', '地方一般公共预算收入', '地方一般公共預算收入', 'Local general public budget revenue', 'yi_yuan', 'cumulative', { key: true }),
  def('retail_sales', '社会消费品零售总额', '社會消費品零售總額', 'Retail sales of consumer goods', 'yi_yuan', 'cumulative', { key: true, ...FROM_FEBRUARY }),
  def('industrial_output', '规模以上工业总产值', '規模以上工業總產值', 'Gross output of industry above designated size', 'yi_yuan', 'cumulative', FROM_FEBRUARY),
  def('industrial_value_added', '规模以上工业增加值', '規模以上工業增加值', 'Value added of industry above designated size', 'yi_yuan', 'cumulative', { ...FROM_FEBRUARY, growthBasis: 'reported_real' }),
  def('investment_funds_in_place', '招商引资实际到位资金', '招商引資實際到位資金', 'Investment attracted: funds in place', 'yi_yuan', 'cumulative', { key: true }),
  def('industrial_funds_in_place', '产业到资', '產業到資', 'Industrial funds in place', 'yi_yuan', 'cumulative'),
  def('utilized_foreign_capital', '实际利用外资', '實際利用外資', 'Foreign capital actually utilized', 'yi_usd', 'cumulative'),
  def('fdi', '外商直接投资', '外商直接投資', 'Foreign direct investment', 'yi_usd', 'cumulative'),
  def('foreign_trade', '外贸进出口总额', '外貿進出口總額', 'Foreign trade, imports and exports', 'yi_yuan', 'cumulative', FROM_FEBRUARY),
  def('new_market_entities', '新登记市场主体', '新登記市場主體', 'Newly registered market entities', 'count_hu', 'count', { decimals: 0 }),
  def('new_urban_jobs', '城镇新增就业', '城鎮新增就業', 'New urban jobs', 'count_ren', 'count', { decimals: 0 }),
  def('registered_unemployment_rate', '城镇登记失业率', '城鎮登記失業率', 'Registered urban unemployment rate', 'percent', 'ratio', {
    direction: 'lower',
    ytdNonDecreasing: false,
    frequency: 'quarterly',
  }),
  def('urban_disposable_income', '城镇居民人均可支配收入', '城鎮居民人均可支配收入', 'Per-capita disposable income of urban residents', 'yuan', 'cumulative', {
    decimals: 0,
    frequency: 'quarterly',
  }),
  // Counts the seed documents report most (招商 and project work; monthly, year to date, whole numbers).
  def('signed_projects', '签约项目数', '簽約項目數', 'Investment projects signed', 'count_ge', 'count', { decimals: 0 }),
  def('major_projects_started', '新开工亿元以上项目数', '新開工億元以上項目數', 'Projects of 100 M yuan or more started', 'count_ge', 'count', { decimals: 0 }),
  def('enterprises_entering_scale', '进规企业数', '進規企業數', 'Enterprises entering designated size (进规)', 'count_jia', 'count', { decimals: 0 }),
];
