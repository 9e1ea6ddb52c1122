// Inspection tours 观摩拉练 (docs/DOMAIN.md "Major projects" → "Inspection tours"): the city takes
// its leaders and the districts' heads to the districts' projects; each judge scores each stop on
// the tour's criteria, a criterion's weight being its full mark (投资强度 30, 形象进度 30, 科技含量 20,
// 带动效应 20: 100 in all). Scores have at most one decimal and are kept as integer tenths.
//
// The rule, exact in fixed point (fixed-point.ts): a judge's total of a stop counts once he has scored
// every criterion of it; a stop's score is the mean of those totals; a district's score is the mean of
// its scored stops' scores; districts are ranked on their score rounded half-up (四舍五入) to two
// decimals, as published, equal published scores sharing a rank (1, 1, 3).
import { type Fixed, FIXED_ONE, averageFixed, fixedText } from '../fixed-point';
import { roundToPlaces } from '../ranking';

export const TOUR_STATUSES = ['nominating', 'scoring', 'closed'] as const;
export type TourStatus = (typeof TOUR_STATUSES)[number];

/** A tour's criteria: 1–10 of them, weights whole points adding up to 100. */
export const TOUR_CRITERIA_LIMITS = { min: 1, max: 10, total: 100 } as const;
/** The criteria the city uses unless it sets others (the weights of the example in the issue). */
export const DEFAULT_TOUR_CRITERIA = [
  { name: '投资强度', weight: 30 },
  { name: '形象进度', weight: 30 },
  { name: '科技含量', weight: 20 },
  { name: '带动效应', weight: 20 },
] as const;

export const TOUR_RESULT_PLACES = 2;

export type TourCriteriaIssue = 'count' | 'weight' | 'total' | 'duplicate';

/** What is wrong with a set of criteria, if anything. */
export function checkTourCriteria(criteria: readonly { name: string; weight: number }[]): TourCriteriaIssue | null {
  if (criteria.length < TOUR_CRITERIA_LIMITS.min || criteria.length > TOUR_CRITERIA_LIMITS.max) return 'count';
  if (criteria.some((c) => !Number.isInteger(c.weight) || c.weight < 1 || c.weight > TOUR_CRITERIA_LIMITS.total)) return 'weight';
  if (criteria.reduce((sum, c) => sum + c.weight, 0) !== TOUR_CRITERIA_LIMITS.total) return 'total';
  if (new Set(criteria.map((c) => c.name.trim())).size !== criteria.length) return 'duplicate';
  return null;
}

/**
 * A score as typed ("27.5", "30", "２８") in tenths, when it is a number of at most one decimal
 * within 0..weight; null otherwise.
 */
export function parseTourScore(text: string, weight: number): number | null {
  const ascii = text.trim().replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (!/^\d{1,3}(\.\d)?$/.test(ascii)) return null;
  const [whole, tenth = '0'] = ascii.split('.');
  const tenths = Number(whole) * 10 + Number(tenth);
  return tenths <= weight * 10 ? tenths : null;
}

/** Tenths as text: 275 → "27.5", 300 → "30". */
export const tenthsText = (tenths: number): string => (tenths % 10 === 0 ? String(tenths / 10) : `${Math.trunc(tenths / 10)}.${tenths % 10}`);

const fixedOfTenths = (tenths: bigint): Fixed => (tenths * FIXED_ONE) / 10n;

export interface TourScore { stopId: number; judgeId: number; criterionId: number; tenths: number }
export interface TourStopRef { stopId: number; districtId: number }

export interface TourStopResult {
  stopId: number;
  districtId: number;
  /** Judges who scored every criterion of the stop. */
  judges: number;
  /** The mean of their totals (exact); null when nobody has. */
  score: Fixed | null;
}

export interface TourDistrictResult {
  districtId: number;
  stops: number;
  scoredStops: number;
  score: Fixed | null;
  /** The score as published: two decimals, half-up. */
  published: string | null;
  /** Competition rank on the published score; null without a score. */
  rank: number | null;
}

/** Each stop's score from the judges' complete sets of scores. */
export function tourStopResults(stops: readonly TourStopRef[], criterionIds: readonly number[], scores: readonly TourScore[]): TourStopResult[] {
  return stops.map((stop) => {
    const byJudge = new Map<number, Map<number, number>>();
    for (const s of scores) {
      if (s.stopId !== stop.stopId || !criterionIds.includes(s.criterionId)) continue;
      if (!byJudge.has(s.judgeId)) byJudge.set(s.judgeId, new Map());
      byJudge.get(s.judgeId)!.set(s.criterionId, s.tenths);
    }
    const totals = [...byJudge.values()]
      .filter((set) => criterionIds.every((c) => set.has(c)))
      .map((set) => fixedOfTenths(criterionIds.reduce((sum, c) => sum + BigInt(set.get(c)!), 0n)));
    return { stopId: stop.stopId, districtId: stop.districtId, judges: totals.length, score: averageFixed(totals) };
  });
}

/** Districts by the mean of their scored stops, ranked on the published two decimals. */
export function rankTourDistricts(stops: readonly TourStopResult[]): TourDistrictResult[] {
  const districts = [...new Set(stops.map((s) => s.districtId))];
  const rows = districts.map((districtId) => {
    const own = stops.filter((s) => s.districtId === districtId);
    const score = averageFixed(own.map((s) => s.score));
    return {
      districtId, stops: own.length, scoredStops: own.filter((s) => s.score !== null).length, score,
      published: score === null ? null : fixedText(score, TOUR_RESULT_PLACES, true),
      rounded: score === null ? null : roundToPlaces(score, TOUR_RESULT_PLACES),
    };
  });
  const ranked = rows.filter((r) => r.rounded !== null).sort((a, b) => (a.rounded! > b.rounded! ? -1 : a.rounded! < b.rounded! ? 1 : a.districtId - b.districtId));
  const rankOf = new Map<number, number>();
  ranked.forEach((r, i) => rankOf.set(r.districtId, i > 0 && ranked[i - 1]!.rounded === r.rounded ? rankOf.get(ranked[i - 1]!.districtId)! : i + 1));
  const unranked = rows.filter((r) => r.rounded === null);
  return [...ranked, ...unranked].map(({ rounded: _r, ...r }) => ({ ...r, rank: rankOf.get(r.districtId) ?? null }));
}

/** What a user may do on a tour (the server sends it with the tour). */
export interface TourActions {
  manage: boolean;
  nominate: boolean;
  score: boolean;
  close: boolean;
}

export function tourActions(input: { status: TourStatus; city: boolean; operator: boolean; judge: boolean }): TourActions {
  return {
    manage: input.city && input.status !== 'closed',
    nominate: input.operator && input.status === 'nominating',
    score: input.judge && input.status === 'scoring',
    close: input.city && input.status === 'scoring',
  };
}
