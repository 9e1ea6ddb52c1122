// Ranking districts (docs/DOMAIN.md "Ranking"): inside a group or the whole city by a chosen
// measure; ties share a rank; compare with the group / city average ("高于全市平均").
// Values are Fixed (fixed-point.ts): equal real values are equal bigints, so ties are exact.
import { type Direction, compareByDirection } from './direction';
import { type Fixed, averageFixed, compareFixed, fx } from './fixed-point';

export type RankingInput<Id = string> = { readonly orgId: Id; readonly value: Fixed | null };

export const AVERAGE_RELATIONS = ['above', 'equal', 'below'] as const;
export type AverageRelation = (typeof AVERAGE_RELATIONS)[number];

export type RankedRow<Id = string> = {
  orgId: Id;
  value: Fixed | null;
  /** Standard competition rank (1, 2, 2, 4); null for organisations without a value. */
  rank: number | null;
  /** Numeric position against the average; null without a value or average. */
  vsAverage: AverageRelation | null;
  /** Better than the average in the measure's direction (for lower-is-better, "below" is better). */
  betterThanAverage: boolean | null;
};

export type Ranking<Id = string> = {
  rows: RankedRow<Id>[];
  /** Arithmetic mean of the ranked values (not a weighted city figure); null if nobody has a value. */
  average: Fixed | null;
  rankedCount: number;
};

/** Mean of the known values; null when there are none. */
export function averageOf(values: ReadonlyArray<Fixed | null>): Fixed | null {
  return averageFixed(values);
}

/** Where a value stands against an average, numerically and in the measure's direction. */
export function compareWithAverage(
  value: Fixed | null,
  average: Fixed | null,
  direction: Direction,
): { vsAverage: AverageRelation; betterThanAverage: boolean } | null {
  if (value === null || average === null) return null;
  const c = compareFixed(value, average);
  const vsAverage: AverageRelation = c > 0 ? 'above' : c < 0 ? 'below' : 'equal';
  return { vsAverage, betterThanAverage: compareByDirection(value, average, direction) < 0 };
}

/**
 * Ranks best first. Ties share a rank and the next rank skips (1, 2, 2, 4); rows with equal
 * values keep their input order. Organisations without a value come last, unranked.
 * `average` defaults to the mean of this list; pass the city average to compare a group with the city.
 */
export function rankByValue<Id = string>(
  entries: readonly RankingInput<Id>[],
  direction: Direction,
  options: { average?: Fixed | null } = {},
): Ranking<Id> {
  const withValue = entries.filter((e): e is RankingInput<Id> & { value: Fixed } => e.value !== null);
  const withoutValue = entries.filter((e) => e.value === null);
  const sorted = [...withValue].sort((a, b) => compareByDirection(a.value, b.value, direction));
  const average = options.average !== undefined ? options.average : averageOf(withValue.map((e) => e.value));

  const rows: RankedRow<Id>[] = [];
  sorted.forEach((entry, index) => {
    const previous = rows[index - 1];
    const tiedWithPrevious = previous?.value != null && previous.value === entry.value;
    const rank = tiedWithPrevious && previous.rank !== null ? previous.rank : index + 1;
    const comparison = compareWithAverage(entry.value, average, direction);
    rows.push({
      orgId: entry.orgId,
      value: entry.value,
      rank,
      vsAverage: comparison?.vsAverage ?? null,
      betterThanAverage: comparison?.betterThanAverage ?? null,
    });
  });
  for (const entry of withoutValue) {
    rows.push({ orgId: entry.orgId, value: null, rank: null, vsAverage: null, betterThanAverage: null });
  }
  return { rows, average, rankedCount: sorted.length };
}

export type GroupedRankingInput<Id = string> = RankingInput<Id> & { readonly groupId: string };

export type GroupedRanking<Id = string> = {
  /** The whole city, compared with the city average. */
  city: Ranking<Id>;
  /** Each group (中心城区, 新城区, 功能区 …), ranked inside the group and compared with the group average. */
  groups: ReadonlyMap<string, Ranking<Id>>;
};

/** City-wide ranking plus a ranking inside each district group, in one pass over the same values. */
export function rankCityAndGroups<Id = string>(entries: readonly GroupedRankingInput<Id>[], direction: Direction): GroupedRanking<Id> {
  const city = rankByValue(entries, direction);
  const byGroup = new Map<string, GroupedRankingInput<Id>[]>();
  for (const entry of entries) {
    const list = byGroup.get(entry.groupId) ?? [];
    list.push(entry);
    byGroup.set(entry.groupId, list);
  }
  const groups = new Map<string, Ranking<Id>>();
  for (const [groupId, list] of byGroup) groups.set(groupId, rankByValue(list, direction));
  return { city, groups };
}

/** Convenience for callers holding plain numbers or strings. */
export function rankingInput(orgId: string, value: string | number | null): RankingInput {
  return { orgId, value: value === null ? null : fx(value) };
}
