// The default indicator names for reading documents: the catalogue's codes with their Simplified
// names and the aliases the city ships (server indicator-aliases.seed.ts), plus the other ways
// documents name them (DOCUMENT_NAMES_OF, added for every caller). A caller with the live catalogue
// passes its own list; this one serves tests and the evaluation.

export interface IndicatorNames {
  code: string;
  names: readonly string[];
}

export const DEFAULT_FIGURE_INDICATORS: readonly IndicatorNames[] = [
  { code: 'gdp', names: ['地区生产总值', '生产总值', 'GDP', '地区GDP', '经济总量'] },
  { code: 'fixed_asset_investment', names: ['固定资产投资', '全社会固定资产投资', '固定资产投资额', '固投', '完成投资', '投资完成'] },
  { code: 'industrial_investment', names: ['工业投资', '工业固定资产投资'] },
  { code: 'real_estate_investment', names: ['房地产开发投资', '房地产投资', '房地产开发投资额'] },
  { code: 'general_budget_revenue', names: ['地方一般公共预算收入', '一般公共预算收入', '地方公共财政预算收入', '公共财政预算收入', '地方财政一般预算收入', '一般预算收入', '一般公共预算本级收入', '地方一般预算收入', '地方公共预算收入', '地方公共财政收入'] },
  { code: 'retail_sales', names: ['社会消费品零售总额', '社零', '社零额', '社会消费品零售额'] },
  { code: 'industrial_output', names: ['规模以上工业总产值', '规上工业总产值', '规模工业总产值'] },
  { code: 'industrial_value_added', names: ['规模以上工业增加值', '规上工业增加值', '规模工业增加值', '规模以上工业企业增加值', '规上工业企业增加值'] },
  { code: 'investment_funds_in_place', names: ['招商引资实际到位资金', '招商引资到位资金', '实际到位资金', '上报到位资金', '到位资金'] },
  { code: 'industrial_funds_in_place', names: ['产业到资'] },
  { code: 'utilized_foreign_capital', names: ['实际利用外资', '实际使用外资', '实际使用外资金额', '实到外资'] },
  { code: 'fdi', names: ['外商直接投资', 'FDI'] },
  { code: 'foreign_trade', names: ['外贸进出口总额', '外贸进出口总值', '进出口总额', '进出口总值', '货物进出口总额', '外贸进出口', '进出口'] },
  { code: 'new_market_entities', names: ['新登记市场主体', '新增市场主体', '新设市场主体'] },
  { code: 'new_urban_jobs', names: ['城镇新增就业', '城镇新增就业人数', '新增就业'] },
  { code: 'registered_unemployment_rate', names: ['城镇登记失业率', '登记失业率'] },
  { code: 'urban_disposable_income', names: ['城镇居民人均可支配收入', '城镇常住居民人均可支配收入'] },
  { code: 'signed_projects', names: ['签约项目数'] },
  { code: 'major_projects_started', names: ['新开工亿元以上项目数'] },
  { code: 'enterprises_entering_scale', names: ['进规企业数'] },
];

/**
 * The ways documents write a catalogue indicator beyond its names and the aliases a city ships
 * (server indicator-aliases.seed.ts): added to whatever names the caller passes for that code, so
 * the server, the CLI and the evaluation read a document with the same names (a server test checks
 * that DEFAULT_FIGURE_INDICATORS holds no name they lack).
 */
export const DOCUMENT_NAMES_OF: Readonly<Record<string, readonly string[]>> = {
  gdp: ['经济总量'],
  fixed_asset_investment: ['完成投资', '投资完成'],
  general_budget_revenue: ['地方一般预算收入', '地方公共预算收入', '地方公共财政收入'],
  industrial_value_added: ['规模以上工业企业增加值', '规上工业企业增加值'],
  investment_funds_in_place: ['上报到位资金', '到位资金'],
  foreign_trade: ['外贸进出口总值', '进出口总值', '货物进出口总额'],
};

/**
 * Names of figures outside the catalogue, read as written (indicatorMatched false). Listing them
 * keeps their boundaries exact and stops a shorter catalogue alias inside them from matching
 * ("总投资" is not 固定资产投资).
 */
export const KNOWN_FIGURE_NAMES: readonly string[] = [
  '总投资', '投资额', '年度投资', '计划投资', '计划总投资', '总投入', '总产值', '产值', '工业产值', '税收', '纳税', '税收收入', '非税收入', '两税收入',
  '营业收入', '主营业务收入', '利润总额', '销售收入', '出口总额', '外贸出口总额', '出口', '进口', '招商引资总额',
  '招商引资', '签约金额', '合同金额', '居民人均可支配收入', '农村居民人均可支配收入', '农村常住居民人均可支配收入',
  '全体居民人均可支配收入', '人均可支配收入', '人均地区生产总值', '第一产业增加值', '第二产业增加值', '第三产业增加值',
  '服务业增加值', '工业增加值', '建筑业增加值', '一般公共预算支出', '民间投资', '基础设施投资', '制造业投资',
  '高新技术产业增加值', '高技术制造业增加值', '数字经济核心产业增加值', '金融机构本外币存款余额', '金融机构本外币贷款余额',
  '存款余额', '贷款余额', '存贷款余额', '居民消费价格', '商品房销售面积', '商品房销售额', '接待游客', '旅游总收入', '货物进出口总额',
  '新增市场主体', '市场主体', '新增企业', '企业数', '常住人口', '户籍人口', '规上工业企业', '高新技术企业',
  '社会消费品零售总额', '限额以上', '单位生产总值能耗', '单位地区生产总值能耗', '单位GDP能耗', '单位生产总值能耗降低率', '单位二氧化碳排放降低率', '单位地区生产总值二氧化碳排放', '网络零售额', '实物商品网上零售额', '财政收入', '地方财政收入', '外贸进出口',
];
