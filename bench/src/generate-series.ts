// The shape of the benchmark's province: the generated indicators and their magnitudes, the
// rhythm of the year, the names of cities and districts, the seeded random stream, and the
// buffered writer the generator loads the tables with (generate.ts).
import type { IndicatorDirection, IndicatorKind } from '@hongtu/server/src/features/indicators/indicator-catalogue';
import type { BulkWriter, Row, TableSpec } from './bulk';


export type GeneratedSpec = [code: string, name: string, unit: string, kind: IndicatorKind, decimals: number, direction?: IndicatorDirection];
export const GENERATED: GeneratedSpec[] = [
  ['bench_service_revenue', '规模以上服务业营业收入', 'yi_yuan', 'cumulative', 2],
  ['bench_high_tech_value_added', '高新技术产业增加值', 'yi_yuan', 'cumulative', 2],
  ['bench_construction_output', '建筑业总产值', 'yi_yuan', 'cumulative', 2],
  ['bench_wholesale_sales', '限额以上批发业销售额', 'yi_yuan', 'cumulative', 2],
  ['bench_catering_revenue', '限额以上住宿餐饮业营业额', 'wan_yuan', 'cumulative', 2],
  ['bench_housing_sales_area', '商品房销售面积', 'wan_sqm', 'cumulative', 2],
  ['bench_tax_revenue', '税收收入', 'yi_yuan', 'cumulative', 2],
  ['bench_signed_projects', '亿元以上项目签约数', 'count_ge', 'count', 0],
  ['bench_new_projects', '新开工项目数', 'count_ge', 'count', 0],
  ['bench_new_industrial_firms', '新增规模以上工业企业', 'count_jia', 'count', 0],
  ['bench_new_high_tech_firms', '新增高新技术企业', 'count_jia', 'count', 0],
  ['bench_technology_contracts', '技术合同成交额', 'yi_yuan', 'cumulative', 2],
  ['bench_exports_usd', '出口总额', 'yi_usd', 'cumulative', 2],
  ['bench_imports_usd', '进口总额', 'yi_usd', 'cumulative', 2],
  ['bench_deposits', '金融机构本外币存款余额', 'yi_yuan', 'stock', 2],
  ['bench_loans', '金融机构本外币贷款余额', 'yi_yuan', 'stock', 2],
  ['bench_land_supply', '供应土地面积', 'mu', 'cumulative', 2],
  ['bench_major_project_investment', '重大项目完成投资', 'yi_yuan', 'cumulative', 2],
  ['bench_rural_income', '农村居民人均可支配收入', 'yuan', 'cumulative', 0],
  ['bench_cpi', '居民消费价格涨幅', 'percent', 'ratio', 2, 'lower'],
  ['bench_rd_intensity', '研发经费投入强度', 'percent', 'ratio', 2],
  ['bench_energy_saving', '单位地区生产总值能耗下降率', 'percent', 'ratio', 2],
  ['bench_new_foreign_firms', '新设外商投资企业', 'count_jia', 'count', 0],
];

/** Full-year magnitude range of a series, by unit (counts: by kind of count). */
export function annualRange(unit: string, kind: IndicatorKind): [number, number] {
  if (kind === 'ratio') return unit === 'percent' ? [1.5, 4.5] : [1, 10];
  switch (unit) {
    case 'yi_yuan': return kind === 'stock' ? [400, 6000] : [15, 900];
    case 'wan_yuan': return [4000, 90_000];
    case 'yi_usd': return [0.3, 12];
    case 'wan_usd': return [500, 50_000];
    case 'yuan': return [32_000, 72_000];
    case 'wan_sqm': return [20, 320];
    case 'mu': return [300, 9000];
    case 'count_hu': return [2000, 38_000];
    case 'count_ren': return [2000, 32_000];
    default: return [60, 900];
  }
}

/** Monthly weights, January and February low, December high (DOMAIN.md, "Rhythm of the year"). */
export const SHAPE = [6.5, 6.0, 8.0, 8.0, 8.3, 8.7, 8.0, 8.0, 8.9, 9.0, 9.2, 11.4];

export const CITY_NAMES = ['江城', '云梦', '楚州', '汉阳', '襄南', '荆北', '鄂东', '宜川', '黄岗', '随安', '咸宁', '孝义', '恩江', '十堰', '潜川', '仙桃', '天门', '神农', '丹江', '洪湖'];
export const DISTRICT_SUFFIXES = ['东区', '西区', '南区', '北区', '中区', '新城区', '湖滨区', '江北区', '江南区', '山前区'];
export const ZONE_SUFFIXES = ['高新区', '经开区', '临空港区'];

/** Running share of the year through each month of the weights (ends at 1). */
export function cumulativeShares(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w) / total);
}

/** mulberry32, one stream for the whole province. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A value with `decimals` places as its scaled integer (value × 10^6), exactly. */
export function scaled(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new Error(`not a finite amount: ${value}`);
  return Math.round(value * 10 ** decimals) * 10 ** (6 - decimals);
}

const FLUSH_ROWS = 20_000;

/**
 * Buffers rows per table and writes them in big chunks, so memory stays flat. When one buffer is
 * full, every buffer is written in the order the tables were first used (parents before children:
 * foreign keys are checked per statement).
 */
export class Buffered {
  readonly #buffers = new Map<TableSpec, Row[]>();
  readonly counts: Record<string, number> = {};
  constructor(private readonly writer: BulkWriter) {}
  async add(spec: TableSpec, row: Row): Promise<void> {
    let rows = this.#buffers.get(spec);
    if (!rows) this.#buffers.set(spec, (rows = []));
    rows.push(row);
    this.counts[spec.table] = (this.counts[spec.table] ?? 0) + 1;
    if (rows.length >= FLUSH_ROWS) await this.flush();
  }
  async flush(): Promise<void> {
    for (const [spec, rows] of this.#buffers) {
      if (rows.length > 0) await this.writer.insert(spec, rows);
      this.#buffers.set(spec, []);
    }
  }
}

