// Ranking districts as bulletins do (docs/DOMAIN.md "Ranking"): inside a group or the whole city
// by a chosen measure, on the published rounding; ties share a rank; compare with the group / city
// figure ("高于全市平均"), which is a ratio of sums, never a mean of rates; the change of position
// since the last period (进位 / 退位). Values are Fixed (fixed-point.ts), so ties are exact.
import { type Direction, compareByDirection } from './direction';
import { type Fixed, FIXED_HUNDRED, averageFixed, compareFixed, fx, percentOf } from './fixed-point';
import type { RankingMeasure } from './indicator-kinds';

export type RankingInput<Id = string> = { readonly orgId: Id; readonly value: Fixed | null };

export const AVERAGE_RELATIONS = ['above', 'equal', 'below'] as const;
export type AverageRelation = (typeof AVERAGE_RELATIONS)[number];

export type RankedRow<Id = string> = {
  orgId: Id;
  /** The exact value. */
  value: Fixed | null;
  /** The value as published and ranked (rounded to the ranking's places); null without a value. */
  rankedValue: Fixed | null;
  /** Standard competition rank (1, 2, 2, 4); null for organisations without a value. */
  rank: number | null;
  /** Position against the average, both at the published rounding; null without a value or average. */
  vsAverage: AverageRelation | null;
  /** Better than the average in the measure's direction (for lower-is-better, "below" is better). */
  betterThanAverage: boolean | null;
};

export type Ranking<Id = string> = {
  rows: RankedRow<Id>[];
  /** The figure the rows are compared with: the one given, else the mean of the ranked values. */
  average: Fixed | null;
  rankedCount: number;
};

/**
 * Rates, growths and gaps are published with one decimal ("增长5.1%"): two units at 5.14 % and
 * 5.06 % both read 5.1 % and share a rank.
 */
export const RANK_RATE_PLACES = 1;

/**
 * The decimals a measure is ranked at: amounts (and levels ranked by their value) at the
 * indicator's display decimals, rates and gaps at one.
 */
export function rankingPlaces(measure: RankingMeasure, indicatorDecimals: number): number {
  return measure === 'ytdValue' ? Math.min(Math.max(Math.trunc(indicatorDecimals), 0), 6) : RANK_RATE_PLACES;
}

/** Half away from zero (四舍五入) to `places` decimals, staying a fixed value. */
export function roundToPlaces(value: Fixed, places: number): Fixed {
  const unit = 10n ** BigInt(30 - places);
  const magnitude = value < 0n ? -value : value;
  let q = magnitude / unit;
  if ((magnitude - q * unit) * 2n >= unit) q += 1n;
  return (value < 0n ? -q : q) * unit;
}

/** Mean of the known values; null when there are none. For amounts only: a mean of rates is not a rate. */
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

export type RankOptions = {
  /** The figure to compare with (a group's or the city's ratio of sums); default: the mean of the list. */
  average?: Fixed | null;
  /** Rank and compare at this many decimals (rankingPlaces); default: exact values. */
  places?: number;
};

/**
 * Ranks best first. Ties share a rank and the next rank skips (1, 2, 2, 4); rows with equal
 * (rounded) values keep their input order. Organisations without a value come last, unranked.
 */
export function rankByValue<Id = string>(entries: readonly RankingInput<Id>[], direction: Direction, options: RankOptions = {}): Ranking<Id> {
  const round = (v: Fixed) => (options.places === undefined ? v : roundToPlaces(v, options.places));
  const withValue = entries
    .filter((e): e is RankingInput<Id> & { value: Fixed } => e.value !== null)
    .map((e) => ({ ...e, ranked: round(e.value) }));
  const withoutValue = entries.filter((e) => e.value === null);
  const sorted = [...withValue].sort((a, b) => compareByDirection(a.ranked, b.ranked, direction));
  const average = options.average !== undefined ? options.average : averageOf(withValue.map((e) => e.value));
  const shownAverage = average === null ? null : round(average);

  const rows: RankedRow<Id>[] = [];
  sorted.forEach((entry, index) => {
    const previous = rows[index - 1];
    const tiedWithPrevious = previous?.rankedValue != null && previous.rankedValue === entry.ranked;
    const rank = tiedWithPrevious && previous.rank !== null ? previous.rank : index + 1;
    const comparison = compareWithAverage(entry.ranked, shownAverage, direction);
    rows.push({
      orgId: entry.orgId,
      value: entry.value,
      rankedValue: entry.ranked,
      rank,
      vsAverage: comparison?.vsAverage ?? null,
      betterThanAverage: comparison?.betterThanAverage ?? null,
    });
  });
  for (const entry of withoutValue) {
    rows.push({ orgId: entry.orgId, value: null, rankedValue: null, rank: null, vsAverage: null, betterThanAverage: null });
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
export function rankCityAndGroups<Id = string>(entries: readonly GroupedRankingInput<Id>[], direction: Direction, options: Pick<RankOptions, 'places'> = {}): GroupedRanking<Id> {
  const city = rankByValue(entries, direction, options);
  const byGroup = new Map<string, GroupedRankingInput<Id>[]>();
  for (const entry of entries) {
    const list = byGroup.get(entry.groupId) ?? [];
    list.push(entry);
    byGroup.set(entry.groupId, list);
  }
  const groups = new Map<string, Ranking<Id>>();
  for (const [groupId, list] of byGroup) groups.set(groupId, rankByValue(list, direction, options));
  return { city, groups };
}

/** Convenience for callers holding plain numbers or strings. */
export function rankingInput(orgId: string, value: string | number | null): RankingInput {
  return { orgId, value: value === null ? null : fx(value) };
}

// ---------------------------------------------------------------------------
// Change of position since the last period (进位 / 退位 / 持平).

export const RANK_MOVEMENTS = ['up', 'down', 'same', 'new'] as const;
/** up = 进位 (a better rank), down = 退位, same = 持平, new = no rank last period. */
export type RankMovement = (typeof RANK_MOVEMENTS)[number];
export type RankChange = { movement: RankMovement; /** places moved, 0 for same / new */ places: number };

/** How a rank moved since the last period; null when the unit has no rank now. */
export function rankChange(current: number | null, previous: number | null): RankChange | null {
  if (current === null) return null;
  if (previous === null) return { movement: 'new', places: 0 };
  if (current < previous) return { movement: 'up', places: previous - current };
  if (current > previous) return { movement: 'down', places: current - previous };
  return { movement: 'same', places: 0 };
}

// ---------------------------------------------------------------------------
// A group's and the city's rates as bulletins compute them: ratios of sums. The mean of the units'
// rates weighs a unit of 10 亿元 like one of 1000 亿元, and its verdict "above the city average"
// flips for units between the two figures. All amounts of one indicator share its unit and scale.

export type CompletionPart = { readonly ytd: Fixed | null; readonly target: Fixed | null };
export type GrowthPart = { readonly ytd: Fixed | null; readonly base: Fixed | null };
export type GapPart = CompletionPart & { readonly timeProgress: Fixed };

const completionParts = (parts: readonly CompletionPart[]) =>
  parts.filter((p): p is { ytd: Fixed; target: Fixed } & CompletionPart => p.ytd !== null && p.target !== null && p.target > 0n);

/** Σ YTD ÷ Σ target × 100 over the units with both (a positive target); null when none. */
export function aggregateCompletion(parts: readonly CompletionPart[]): Fixed | null {
  let ytd = 0n;
  let target = 0n;
  for (const p of completionParts(parts)) {
    ytd += p.ytd;
    target += p.target;
  }
  return percentOf(ytd, target);
}

/** (Σ YTD − Σ base) ÷ Σ base × 100 over the units with both (a positive base); null when none. */
export function aggregateGrowth(parts: readonly GrowthPart[]): Fixed | null {
  let ytd = 0n;
  let base = 0n;
  for (const p of parts) {
    if (p.ytd === null || p.base === null || p.base <= 0n) continue;
    ytd += p.ytd;
    base += p.base;
  }
  return percentOf(ytd - base, base);
}

/**
 * The group's gap to time progress: (Σ YTD − Σ target × time progress / 100) ÷ Σ target × 100 —
 * its completion less its time progress, each unit's time progress weighted by its target.
 */
export function aggregateProgressGap(parts: readonly GapPart[]): Fixed | null {
  let ytd = 0n;
  let due = 0n;
  let target = 0n;
  for (const p of parts) {
    if (p.ytd === null || p.target === null || p.target <= 0n) continue;
    ytd += p.ytd;
    target += p.target;
    due += (p.target * p.timeProgress) / FIXED_HUNDRED;
  }
  return percentOf(ytd - due, target);
}

/**
 * The base a reported growth implies: YTD × 100 / (100 + growth). A unit that reports its growth
 * on a comparable basis (同口径) weighs into the group with the base its own rate stands on, so a
 * group of one unit has that unit's rate. Null when the growth is −100 % or below.
 */
export function impliedBase(ytd: Fixed, growth: Fixed): Fixed | null {
  const factor = FIXED_HUNDRED + growth;
  return factor <= 0n ? null : (ytd * FIXED_HUNDRED) / factor;
}

// ---------------------------------------------------------------------------
// Territorial scope (docs/DOMAIN.md "Territorial scope"): a functional zone may hold part of a
// district's territory (托管) or be the same territory as a district in the city's releases. A
// group's or the city's figure counts each territory once: a unit recorded as overlapping another
// is left out of the sums of any set that also holds that other unit.

export const TERRITORY_OVERLAP_KINDS = ['contains_part', 'same_territory'] as const;
/** contains_part: the unit holds part of the other's territory; same_territory: both are one territory. */
export type TerritoryOverlapKind = (typeof TERRITORY_OVERLAP_KINDS)[number];
export type TerritoryOverlap<Id = number> = { readonly unitId: Id; readonly overlapsId: Id; readonly kind: TerritoryOverlapKind };

/**
 * The members whose figures enter a set's sums: every member but those overlapping another member
 * (the overlapped unit keeps its place; a zone alone in its own group is counted there).
 */
export function countedMembers<Id>(members: readonly Id[], overlaps: readonly TerritoryOverlap<Id>[]): Id[] {
  if (overlaps.length === 0) return [...members];
  const present = new Set(members);
  const left = new Set(overlaps.filter((o) => present.has(o.overlapsId) && o.unitId !== o.overlapsId).map((o) => o.unitId));
  return members.filter((m) => !left.has(m));
}

// ---------------------------------------------------------------------------
// Which units take part in which ranks (docs/DOMAIN.md "Territorial scope"): the reporting units
// (districts and functional zones) are ranked; when the city ranks zones apart, zones are ranked
// among zones and every other unit among the districts, both compared with the whole set's figure.

export const RANK_PARTS = ['district', 'zone'] as const;
/** The part of the city a unit is ranked in when zones rank apart. */
export type RankPart = (typeof RANK_PARTS)[number];

/** The part a unit of this organisation kind is ranked in: zones among zones, the rest among districts. */
export function rankPartOf(kind: string | undefined): RankPart {
  return kind === 'zone' ? 'zone' : 'district';
}

/** The members split into the parts they are ranked in, districts first; empty parts left out. */
export function membersByRankPart<T>(members: readonly T[], kindOf: (member: T) => string | undefined): Array<{ part: RankPart; members: T[] }> {
  return RANK_PARTS.map((part) => ({ part, members: members.filter((m) => rankPartOf(kindOf(m)) === part) })).filter((p) => p.members.length > 0);
}

/** Where a part's rows stand in a ranking ranked apart: districts first, then zones; no part first. */
export function rankPartOrder(part: RankPart | null | undefined): number {
  return part === 'zone' ? 1 : 0;
}
