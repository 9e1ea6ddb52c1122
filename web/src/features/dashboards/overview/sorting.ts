// What an overview column sorts by (DOMAIN.md "Ranking"): the indicator's rank, or one of its
// measures — amount (累计), completion, growth, the gap to time progress. Values are exact decimal
// text compared exactly; cells without the value go last whichever way the column is sorted.
import type { MeasureCell } from '@hongtu/contracts';
import { compareFixed, fx } from '@hongtu/domain';

export const OVERVIEW_SORTS = ['rank', 'ytdValue', 'completion', 'growth', 'progressGap'] as const;
export type OverviewSort = (typeof OVERVIEW_SORTS)[number];

export function isOverviewSort(value: string | null): value is OverviewSort {
  return value !== null && (OVERVIEW_SORTS as readonly string[]).includes(value);
}

/** The i18n key naming a sort ("按完成率排序"). */
export const SORT_LABEL = {
  rank: 'overview.sortRank',
  ytdValue: 'overview.sortYtd',
  completion: 'overview.sortCompletion',
  growth: 'overview.sortGrowth',
  progressGap: 'overview.sortGap',
} as const satisfies Readonly<Record<OverviewSort, string>>;

function valueOf(cell: MeasureCell | undefined, sort: Exclude<OverviewSort, 'rank'>): string | null {
  if (!cell) return null;
  if (sort === 'growth') return cell.growth ?? cell.reportedYoy ?? cell.yoy;
  return cell[sort];
}

/**
 * The comparator antd calls for one column: by rank ascending (1 first), by a measure ascending;
 * antd reverses it for "descend", so missing values are put last by the `order` it passes.
 */
export function compareCells(sort: OverviewSort, order: 'ascend' | 'descend' | null | undefined) {
  const last = order === 'descend' ? -1 : 1;
  return (a: MeasureCell | undefined, b: MeasureCell | undefined): number => {
    if (sort === 'rank') {
      const ra = a?.rank ?? null;
      const rb = b?.rank ?? null;
      if (ra === null || rb === null) return ra === rb ? 0 : ra === null ? last : -last;
      return ra - rb;
    }
    const va = valueOf(a, sort);
    const vb = valueOf(b, sort);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? last : -last;
    return compareFixed(fx(va), fx(vb));
  };
}

/** The column the overview table is sorted on and which way (antd's controlled sort order). */
export interface ColumnSort {
  columnKey: string;
  order: 'ascend' | 'descend';
}

/** Which way a sort basis reads best first: rank 1 at the top, the largest amount / rate at the top. */
export function firstDirection(sort: OverviewSort): 'ascend' | 'descend' {
  return sort === 'rank' ? 'ascend' : 'descend';
}

/**
 * The table's sort once a basis is chosen: it applies at once (no header click needed) — to the
 * column already sorted, else to the first indicator column — best first. Rank without a sorted
 * column leaves the answer's own order.
 */
export function sortForBasis(current: ColumnSort | null, sort: OverviewSort, firstColumn: string | undefined): ColumnSort | null {
  const columnKey = current?.columnKey ?? (sort === 'rank' ? undefined : firstColumn);
  return columnKey === undefined ? null : { columnKey, order: firstDirection(sort) };
}
