import type { Indicator } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import type { IndicatorRow } from './indicators.table';

export function toIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    code: row.code,
    names: { 'zh-CN': row.name_zh_cn, 'zh-TW': row.name_zh_tw, en: row.name_en },
    unit: row.unit,
    kind: row.kind,
    direction: row.direction,
    ytdNonDecreasing: row.ytd_non_decreasing === 1,
    decimals: row.decimals,
    key: row.is_key === 1,
    sortOrder: row.sort_order,
    frequency: row.frequency,
    growthBasis: row.growth_basis,
  };
}

export function indicatorsRepository(db: Executor) {
  return {
    list(): Promise<IndicatorRow[]> {
      return db.selectFrom('indicators').selectAll().orderBy('sort_order').orderBy('id').execute();
    },
    async byCode(): Promise<Map<string, IndicatorRow>> {
      return new Map((await this.list()).map((r) => [r.code, r]));
    },
  };
}
