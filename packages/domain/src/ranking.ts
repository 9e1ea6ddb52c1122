// Ranking districts (DOMAIN.md "Formulas"): inside a group or the whole city by a chosen measure;
// ties share a rank; compare with the group / city average ("高于全市平均").
import { type Dec, dec, sum } from './decimal';
import { type Direction, compareByDirection } from './direction';

export type RankingInput = { readonly orgId: string; readonly value: Dec | null };

export type AverageRelation = 'above' | 'equal' | 'below';

export type RankedRow = {
  orgId: string;
  value: Dec | null;
  /** Standard competition rank (1, 2, 2, 4); null for organisations without a value. */
  rank: number | null;
  /** Numeric position against the average; null without a value or average. */
  vsAverage: AverageRelation | null;
  /** Better than the average in the measure's direction (for lower-is-better, "below" is better). */
  betterThanAverage: boolean | null;
};

export type Ranking = {
  rows: RankedRow[];
  /** Arithmetic mean of the ranked values (not a weighted city figure); null if nobody has a value. */
  average: Dec | null;
  rankedCount: number;
};

/** Mean of the known values; null when there are none. */
export function averageOf(values: ReadonlyArray<Dec | null>): Dec | null {
  const known = values.filter((v): v is Dec => v !== null);
  return known.length === 0 ? null : sum(known).dividedBy(known.length);
}

/** Where a value stands against an average, numerically and in the measure's direction. */
export function compareWithAverage(
  value: Dec | null,
  average: Dec | null,
  direction: Direction,
): { vsAverage: AverageRelation; betterThanAverage: boolean } | null {
  if (value === null || average === null) return null;
  const c = value.comparedTo(average);
  const vsAverage: AverageRelation = c > 0 ? 'above' : c < 0 ? 'below' : 'equal';
  return { vsAverage, betterThanAverage: compareByDirection(value, average, direction) < 0 };
}

/**
 * Ranks best first. Ties share a rank and the next rank skips (1, 2, 2, 4); rows with equal
 * values keep their input order. Organisations without a value come last, unranked.
 * `average` defaults to the mean of this list; pass the city average to compare a group with the city.
 */
export function rankByValue(
  entries: readonly RankingInput[],
  direction: Direction,
  options: { average?: Dec | null } = {},
): Ranking {
  const withValue = entries.filter((e): e is RankingInput & { value: Dec } => e.value !== null);
  const withoutValue = entries.filter((e) => e.value === null);
  const sorted = [...withValue].sort((a, b) => compareByDirection(a.value, b.value, direction));
  const average = options.average !== undefined ? options.average : averageOf(withValue.map((e) => e.value));

  const rows: RankedRow[] = [];
  sorted.forEach((entry, index) => {
    const previous = rows[index - 1];
    const tiedWithPrevious = previous?.value != null && previous.value.equals(entry.value);
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

export type GroupedRankingInput = RankingInput & { readonly groupId: string };

export type GroupedRanking = {
  /** The whole city, compared with the city average. */
  city: Ranking;
  /** Each group (中心城区, 新城区, 功能区 …), ranked inside the group and compared with the group average. */
  groups: ReadonlyMap<string, Ranking>;
};

/** City-wide ranking plus a ranking inside each district group, in one pass over the same values. */
export function rankCityAndGroups(entries: readonly GroupedRankingInput[], direction: Direction): GroupedRanking {
  const city = rankByValue(entries, direction);
  const byGroup = new Map<string, GroupedRankingInput[]>();
  for (const entry of entries) {
    const list = byGroup.get(entry.groupId) ?? [];
    list.push(entry);
    byGroup.set(entry.groupId, list);
  }
  const groups = new Map<string, Ranking>();
  for (const [groupId, list] of byGroup) groups.set(groupId, rankByValue(list, direction));
  return { city, groups };
}

/** Convenience for callers holding plain numbers or strings. */
export function rankingInput(orgId: string, value: string | number | null): RankingInput {
  return { orgId, value: value === null ? null : dec(value) };
}
