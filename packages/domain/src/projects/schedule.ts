// The annual plan spread over the months, and a project's investment completed against time
// progress (docs/DOMAIN.md "Major projects"). The plan may carry its own monthly or quarterly
// schedule (cumulative shares, as a target's), else it is linear; every rate comes from the one
// engine (fixed-point.ts, time-progress.ts, progress.ts).
import { FIXED_HUNDRED, type Fixed } from '../fixed-point';
import { completionRate, progressGap, progressRatio } from '../progress';
import { validatedTimeProgress, type ProgressSchedule } from '../time-progress';

/**
 * The investment the plan expects by the end of `month` (0 = none yet): plan × time progress,
 * rounded half up to the stored scale (a hundredth of a yuan) — time progress itself is truncated
 * at 30 decimals, so 30,000 × 16.666… % is 5,000, not 4,999.999999. Never decreasing, and the
 * whole plan by December.
 */
export function plannedInvestmentBy(annualPlan: bigint, month: number, schedule: ProgressSchedule | null): bigint {
  const product = annualPlan * validatedTimeProgress(month, schedule);
  const half = FIXED_HUNDRED / 2n;
  return product >= 0n ? (product + half) / FIXED_HUNDRED : -((-product + half) / FIXED_HUNDRED);
}

/** The plan's month by month amounts (January … December), summing exactly to the annual plan. */
export function monthlyPlan(annualPlan: bigint, schedule: ProgressSchedule | null): bigint[] {
  return Array.from({ length: 12 }, (_, i) => plannedInvestmentBy(annualPlan, i + 1, schedule) - plannedInvestmentBy(annualPlan, i, schedule));
}

export interface ProjectProgress {
  /** Time progress at the end of the month (percent, Fixed). */
  timeProgress: Fixed;
  /** Investment the plan expects by then (stored scale). */
  plannedYtd: bigint;
  /** YTD investment / annual plan (percent); null without a positive plan. */
  completion: Fixed | null;
  /** completion − time progress (pp); negative = behind. */
  gap: Fixed | null;
  /** completion / time progress (percent), what warning presets such as "below 60 % of time progress" read. */
  ratio: Fixed | null;
}

/** Investment completion of a project at the end of `month` against time progress. */
export function projectProgress(input: { ytdInvestment: bigint; annualPlan: bigint; month: number; schedule: ProgressSchedule | null }): ProjectProgress {
  const time = validatedTimeProgress(input.month, input.schedule);
  const completion = completionRate(input.ytdInvestment, input.annualPlan);
  return {
    timeProgress: time,
    plannedYtd: plannedInvestmentBy(input.annualPlan, input.month, input.schedule),
    completion,
    gap: completion === null ? null : progressGap(completion, time),
    ratio: completion === null ? null : progressRatio(completion, time),
  };
}
