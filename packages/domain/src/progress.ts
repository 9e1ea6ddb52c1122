// Completion, progress and growth (DOMAIN.md "Formulas", the heart of the system).
// Convention for the whole package: rates are Dec in percent (12.85 means 12.85 %),
// gaps are Dec in percentage points. Nothing is rounded here; round only for display.
import { type Dec, HUNDRED, abs, dec, div, mul } from './decimal';
import { type Direction, type TargetComparator, marginInDirection, meetsTarget } from './direction';

/** 完成率 = year-to-date actual / annual target × 100. Null when the target is not positive (no meaningful rate). */
export function completionRate(ytdActual: Dec, annualTarget: Dec): Dec | null {
  if (annualTarget.lessThanOrEqualTo(0)) return null;
  return div(mul(ytdActual, HUNDRED), annualTarget);
}

/** Progress gap (pp) = completion rate − time progress; negative means behind. */
export function progressGap(completion: Dec, timeProgress: Dec): Dec {
  return completion.minus(timeProgress);
}

/** Progress ratio = completion rate / time progress × 100 (序时进度比). Null when time progress is not positive. */
export function progressRatio(completion: Dec, timeProgress: Dec): Dec | null {
  if (timeProgress.lessThanOrEqualTo(0)) return null;
  return div(mul(completion, HUNDRED), timeProgress);
}

export type ProgressStatus = 'ahead' | 'level' | 'behind';

/** Ahead of, level with, or behind time progress (超/达/低于时序进度). */
export function progressStatus(completion: Dec, timeProgress: Dec): ProgressStatus {
  const c = completion.comparedTo(timeProgress);
  return c > 0 ? 'ahead' : c < 0 ? 'behind' : 'level';
}

/**
 * 同比增长 = (this year's YTD − last year's same-period YTD) / last year's × 100.
 * Null when last year's figure is zero or negative: growth on such a base is not published.
 */
export function yoyGrowth(current: Dec, lastYearSamePeriod: Dec): Dec | null {
  if (lastYearSamePeriod.lessThanOrEqualTo(0)) return null;
  return div(mul(current.minus(lastYearSamePeriod), HUNDRED), lastYearSamePeriod);
}

/** Growth gap (pp) = actual growth − target growth. */
export function growthGap(actualGrowth: Dec, targetGrowth: Dec): Dec {
  return actualGrowth.minus(targetGrowth);
}

/**
 * 当月 = YTD(m) − YTD(m−1). In January the year-to-date figure is the month's own.
 * Null when the previous month's YTD is missing.
 */
export function monthValue(month: number, ytd: Dec, previousYtd: Dec | null): Dec | null {
  if (month === 1) return ytd;
  return previousYtd === null ? null : ytd.minus(previousYtd);
}

export type TargetStatus = {
  met: boolean;
  /** Distance to the target on the good side (positive = better than target), in the value's unit. */
  margin: Dec;
};

/**
 * Direction-aware check against a stated target: "增长9%以上" is gte, "控制在3.20%以内" is lte.
 * The boundary counts as met (以上 / 以内 are inclusive).
 */
export function targetStatus(actual: Dec, target: Dec, comparator: TargetComparator): TargetStatus {
  const direction: Direction = comparator === 'gte' ? 'higher_is_better' : 'lower_is_better';
  return { met: meetsTarget(actual, target, comparator), margin: marginInDirection(actual, target, direction) };
}

// ---------------------------------------------------------------------------
// Plausibility checks on reported figures.

export const DEFAULT_GROWTH_TOLERANCE_PP = dec('0.1');

export type ReportedGrowthCheck =
  | { status: 'agrees'; differencePp: Dec }
  | { status: 'disagrees'; differencePp: Dec }
  | { status: 'not_computable' };

/**
 * Reported growth is often on a comparable basis (同口径) and may differ from the naive one
 * (DOMAIN.md "YoY growth"): keep the reported figure and flag when |reported − computed| is
 * strictly greater than the tolerance (default 0.1 pp, above the 0.05 of one-decimal rounding).
 */
export function checkReportedGrowth(
  reported: Dec,
  computed: Dec | null,
  tolerancePp: Dec = DEFAULT_GROWTH_TOLERANCE_PP,
): ReportedGrowthCheck {
  if (computed === null) return { status: 'not_computable' };
  const differencePp = reported.minus(computed);
  return { status: abs(differencePp).greaterThan(tolerancePp) ? 'disagrees' : 'agrees', differencePp };
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
