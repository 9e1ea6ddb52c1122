// Completion, progress and growth (docs/DOMAIN.md "Formulas", the heart of the system).
// Rates are Fixed percent (12.85 % is fx('12.85')), gaps Fixed percentage points; amounts are
// exact integers of one scale (stored amounts × 10^6, or Fixed). Nothing is rounded here;
// round only for display (fixedText).
import { type Dec, div, mul, dec } from './decimal';
import { type Fixed, FIXED_ONE, absFixed, fx, percentOf } from './fixed-point';
import { type Direction, type TargetComparator, compareByDirection, marginInDirection, meetsTarget, directionForComparator } from './direction';
import { type IndicatorKind, accumulates, computesGrowth, hasCompletion } from './indicator-kinds';

/** 完成率 = year-to-date actual / annual target × 100. Null when the target is not positive (no meaningful rate). */
export function completionRate(ytdActual: bigint, annualTarget: bigint): Fixed | null {
  return percentOf(ytdActual, annualTarget);
}

/** Progress gap (pp) = completion rate − time progress; negative means behind. */
export function progressGap(completion: Fixed, timeProgress: Fixed): Fixed {
  return completion - timeProgress;
}

/** Progress ratio = completion rate / time progress × 100 (时序进度比). Null when time progress is not positive. */
export function progressRatio(completion: Fixed, timeProgress: Fixed): Fixed | null {
  return timeProgress <= 0n ? null : (completion * 100n * FIXED_ONE) / timeProgress;
}

export const PROGRESS_STATUSES = ['ahead', 'level', 'behind'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * Ahead of, level with, or behind time progress (超/达/低于时序进度), in the indicator's direction:
 * for a lower-is-better flow held under a ceiling (能耗总量), using less of it than time has passed
 * is ahead.
 */
export function progressStatus(completion: Fixed, timeProgress: Fixed, direction: Direction): ProgressStatus {
  const c = compareByDirection(completion, timeProgress, direction);
  return c < 0 ? 'ahead' : c > 0 ? 'behind' : 'level';
}

/**
 * 同比增长 = (this year's YTD − last year's same-period YTD) / last year's × 100.
 * Null when last year's figure is zero or negative: growth on such a base is not published.
 */
export function yoyGrowth(current: bigint, lastYearSamePeriod: bigint): Fixed | null {
  return percentOf(current - lastYearSamePeriod, lastYearSamePeriod);
}

/** Beyond ±100,000 % a computed growth is a slip in the figures (万/亿, a missing digit), not growth. */
export const SHOWN_GROWTH_LIMIT: Fixed = 100_000n * FIXED_ONE;

/**
 * Our own growth as shown beside a reported figure: none for levels (rates are not grown), none on a
 * base of zero or less, none beyond ±100,000 %. Amounts of one scale.
 */
export function shownGrowth(kind: IndicatorKind, current: bigint | null, lastYearSamePeriod: bigint | null): Fixed | null {
  if (current === null || lastYearSamePeriod === null || !computesGrowth(kind)) return null;
  const growth = yoyGrowth(current, lastYearSamePeriod);
  return growth === null || absFixed(growth) > SHOWN_GROWTH_LIMIT ? null : growth;
}

/** Growth gap (pp) = actual growth − target growth ("高于目标0.4个百分点" is +0.4). */
export function growthGap(actualGrowth: Fixed, targetGrowth: Fixed): Fixed {
  return actualGrowth - targetGrowth;
}

/**
 * How far a growth is short of its target, in pp, positive = short: for "增长6.5%以上" (ge) the
 * target minus the growth; for "能耗下降3%" stated as growth ≤ −3 (le) the growth minus the target.
 * Zero or negative means met (the boundary is met).
 */
export function growthShortfall(actualGrowth: Fixed, targetGrowth: Fixed, comparator: TargetComparator): Fixed {
  return -marginInDirection(actualGrowth, targetGrowth, directionForComparator(comparator));
}

/**
 * How an amount target is judged (DOMAIN.md "Completion and gaps"): a flow or stock held to an
 * amount at least ("完成220亿元以上") by its completion rate against time progress; a ceiling
 * ("控制在…以内") and any target of a level (a rate) as met or not met — a completion rate of a
 * ceiling or of a rate means nothing.
 */
export function judgedByCompletion(kind: IndicatorKind, comparator: TargetComparator): boolean {
  return hasCompletion(kind) && comparator === 'ge';
}

export type TargetVerdict = { met: boolean; /** distance on the good side, positive = better than target */ margin: Fixed };

/**
 * A stated target judged met or not: the value (a flow's YTD against the whole year's ceiling, a
 * level as it is) against the target with its comparator; the boundary is met.
 */
export function targetVerdict(value: Fixed, target: Fixed, comparator: TargetComparator): TargetVerdict {
  return { met: meetsTarget(value, target, comparator), margin: marginInDirection(value, target, directionForComparator(comparator)) };
}

/**
 * 当月 = YTD(m) − YTD(m−1), on amounts of one scale. In January the year-to-date figure is the
 * month's own. Null when the previous month's YTD is missing.
 */
export function monthValue(month: number, ytd: bigint, previousYtd: bigint | null): bigint | null {
  if (month === 1) return ytd;
  return previousYtd === null ? null : ytd - previousYtd;
}

/**
 * The month value as the dashboards show it, computed (never reported): for flows only — a level
 * or a stock has no month of its own (its figure already is the month's); null when last month's
 * YTD is missing (an indicator first released for 1–2月 has no February value of its own).
 */
export function shownMonthValue(kind: IndicatorKind, month: number, ytd: bigint | null, previousYtd: bigint | null): bigint | null {
  if (ytd === null || !accumulates(kind)) return null;
  return monthValue(month, ytd, previousYtd);
}

export type TargetStatus = {
  met: boolean;
  /** Distance to the target on the good side (positive = better than target), in the values' scale. */
  margin: bigint;
};

/**
 * Direction-aware check against a stated target: "增长9%以上" is ge, "控制在3.20%以内" is le.
 * The boundary counts as met (以上 / 以内 are inclusive). Actual and target share one scale.
 */
export function targetStatus(actual: bigint, target: bigint, comparator: TargetComparator): TargetStatus {
  return { met: meetsTarget(actual, target, comparator), margin: marginInDirection(actual, target, directionForComparator(comparator)) };
}

// ---------------------------------------------------------------------------
// Plausibility checks on reported figures.

/**
 * How far reported growth may differ from the growth computed from last year's figure before the
 * two are shown as disagreeing: 0.5 pp. Reported growth is often on a comparable basis (同口径)
 * and a few tenths apart from the naive one; beyond half a point a person should look.
 */
export const REPORTED_GROWTH_TOLERANCE_PP: Fixed = fx('0.5');

export type ReportedGrowthCheck =
  | { status: 'agrees'; differencePp: Fixed }
  | { status: 'disagrees'; differencePp: Fixed }
  | { status: 'not_computable' };

/**
 * Keeps the reported figure and flags when |reported − computed| is strictly greater than the
 * tolerance (docs/DOMAIN.md "Growth").
 */
export function checkReportedGrowth(
  reported: Fixed,
  computed: Fixed | null,
  tolerancePp: Fixed = REPORTED_GROWTH_TOLERANCE_PP,
): ReportedGrowthCheck {
  if (computed === null) return { status: 'not_computable' };
  const differencePp = reported - computed;
  return { status: absFixed(differencePp) > tolerancePp ? 'disagrees' : 'agrees', differencePp };
}

/** Whether reported and computed growth disagree beyond the tolerance; false when either is unknown. */
export function growthDisagrees(reported: Fixed | null, computed: Fixed | null): boolean {
  return reported !== null && checkReportedGrowth(reported, computed).status === 'disagrees';
}

export type UnitSlip =
  | { kind: 'none' }
  | {
      /** ten_thousand_times: typed in 万 where 亿 was meant (or 元 for 万元); ten_thousandth: the reverse. */
      kind: 'ten_thousand_times' | 'ten_thousandth';
      against: 'last_month' | 'last_year';
      /** value / reference */
      ratio: Dec;
    };

const TEN_THOUSAND = dec(10000);

/**
 * Suspects a 万/亿 slip when value / reference lies within a factor `band` (default 5) of 10^4
 * or of 10^-4, against last month's YTD first, then last year's same period.
 * Only positive values are compared; a suspicion asks a person to check, it never changes data.
 */
export function detectUnitSlip(
  value: Dec,
  references: { lastMonth?: Dec | null; lastYear?: Dec | null },
  band: Dec = dec(5),
): UnitSlip {
  const candidates: Array<['last_month' | 'last_year', Dec | null | undefined]> = [
    ['last_month', references.lastMonth],
    ['last_year', references.lastYear],
  ];
  for (const [against, reference] of candidates) {
    if (!reference || reference.lessThanOrEqualTo(0) || value.lessThanOrEqualTo(0)) continue;
    const ratio = div(value, reference);
    const up = div(ratio, TEN_THOUSAND);
    if (up.greaterThanOrEqualTo(div(1, band)) && up.lessThanOrEqualTo(band)) return { kind: 'ten_thousand_times', against, ratio };
    const down = mul(ratio, TEN_THOUSAND);
    if (down.greaterThanOrEqualTo(div(1, band)) && down.lessThanOrEqualTo(band)) return { kind: 'ten_thousandth', against, ratio };
  }
  return { kind: 'none' };
}
