import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { normaliseName } from '../../platform/imports/indicator-match';
import './indicator-aliases.table';

/**
 * The other names district files give the catalogue's indicators, installed with it. The city
 * adds and removes aliases on its page; each default is installed once (a removed one stays
 * removed).
 */
export const DEFAULT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  gdp: ['GDP', '生产总值', '地区GDP'],
  fixed_asset_investment: ['固投', '全社会固定资产投资', '固定资产投资额'],
  industrial_investment: ['工业固定资产投资'],
  real_estate_investment: ['房地产投资', '房地产开发投资额'],
  general_budget_revenue: ['一般公共预算收入', '地方公共财政预算收入', '公共财政预算收入', '地方财政一般预算收入', '一般预算收入', '一般公共预算本级收入'],
  retail_sales: ['社零', '社零额', '社会消费品零售额'],
  industrial_output: ['规上工业总产值', '规模工业总产值'],
  industrial_value_added: ['规上工业增加值', '规模工业增加值'],
  investment_funds_in_place: ['招商引资到位资金', '实际到位资金'],
  utilized_foreign_capital: ['实际使用外资', '实际使用外资金额', '实到外资'],
  fdi: ['FDI'],
  foreign_trade: ['进出口总额', '外贸进出口', '进出口'],
  new_market_entities: ['新增市场主体', '新设市场主体'],
  new_urban_jobs: ['城镇新增就业人数', '新增就业'],
  registered_unemployment_rate: ['登记失业率'],
  urban_disposable_income: ['城镇常住居民人均可支配收入'],
};

/** Installs the defaults whose indicator exists and whose name no row holds yet (every start, idempotent). */
export async function ensureIndicatorAliases(db: Db, clock: Clock): Promise<void> {
  const indicators = await db.selectFrom('indicators').select(['id', 'code', 'name_zh_cn', 'name_zh_tw', 'name_en']).execute();
  const taken = new Set((await db.selectFrom('indicator_aliases').select('alias_key').execute()).map((r) => r.alias_key));
  for (const i of indicators) for (const name of [i.name_zh_cn, i.name_zh_tw, i.name_en]) taken.add(normaliseName(name));
  const byCode = new Map(indicators.map((i) => [i.code, i.id]));
  const now = clock.now().toISOString();
  const missing = Object.entries(DEFAULT_ALIASES).flatMap(([code, aliases]) => {
    const indicatorId = byCode.get(code);
    if (indicatorId === undefined) return [];
    return aliases.filter((alias) => !taken.has(normaliseName(alias))).map((alias) => {
      taken.add(normaliseName(alias));
      return { indicator_id: indicatorId, alias, alias_key: normaliseName(alias), origin: 'default' as const, created_by: null, created_at: now, deleted_at: null };
    });
  });
  if (missing.length > 0) await db.insertInto('indicator_aliases').values(missing).execute();
}
