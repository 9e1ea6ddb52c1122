// Time progress 时序进度 / 序时进度 (DOMAIN.md "Formulas"): at the end of month m it is m / 12
// ("half the time, half the task"); a target may carry its own schedule that replaces the linear one.
// All values here are in percent: February = 16.666… (shown as 16.67 %), June = 50.
import { type Dec, HUNDRED, ZERO, dec, div, mul } from './decimal';

/**
 * A target's own schedule, as cumulative percent of the annual target due by the end of a period.
 * - monthly: 12 cumulative values, January … December.
 * - quarterly: 4 cumulative values (Q1 … Q4). Months inside a quarter are interpolated linearly
 *   from the previous quarter's value (0 before Q1), so a "Q1 ≥ 30 %" push expects 10 % / 20 % / 30 %
 *   at the end of January / February / March. We chose interpolation over holding the value
 *   (a step at quarter ends) because monthly dispatch needs a monthly yardstick.
 */
export type ProgressSchedule =
  | { readonly kind: 'monthly'; readonly cumulative: readonly Dec[] }
  | { readonly kind: 'quarterly'; readonly cumulative: readonly Dec[] };

export type ScheduleIssue =
  | { code: 'wrong_length'; expected: number; actual: number }
  | { code: 'negative'; index: number }
  | { code: 'decreasing'; index: number }
  | { code: 'above_100'; index: number }
  | { code: 'not_ending_at_100' };

export class InvalidScheduleError extends Error {
  override readonly name = 'InvalidScheduleError';
  constructor(readonly issues: readonly ScheduleIssue[]) {
    super(`Invalid progress schedule: ${issues.map((i) => i.code).join(', ')}`);
  }
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1..12, got ${month}`);
}

/** m / 12 × 100, carried with 40 significant digits (no early rounding). */
export function linearTimeProgress(month: number): Dec {
  assertMonth(month);
  return div(mul(month, 100), 12);
}

/** Checks a schedule: right length, within 0..100, non-decreasing, ending at exactly 100. */
export function validateSchedule(schedule: ProgressSchedule): ScheduleIssue[] {
  const expected = schedule.kind === 'monthly' ? 12 : 4;
  const values = schedule.cumulative;
  if (values.length !== expected) return [{ code: 'wrong_length', expected, actual: values.length }];
  const issues: ScheduleIssue[] = [];
  values.forEach((value, index) => {
    if (value.isNegative() && !value.isZero()) issues.push({ code: 'negative', index });
    if (value.greaterThan(HUNDRED)) issues.push({ code: 'above_100', index });
    const previous = values[index - 1];
    if (previous !== undefined && value.lessThan(previous)) issues.push({ code: 'decreasing', index });
  });
  const last = values[values.length - 1];
  if (last === undefined || !last.equals(HUNDRED)) issues.push({ code: 'not_ending_at_100' });
  return issues;
}

function scheduledProgress(schedule: ProgressSchedule, month: number): Dec {
  const values = schedule.cumulative;
  if (schedule.kind === 'monthly') return values[month - 1] ?? ZERO;
  const quarterIndex = Math.ceil(month / 3) - 1;
  const start = values[quarterIndex - 1] ?? ZERO;
  const end = values[quarterIndex] ?? ZERO;
  const monthsIntoQuarter = month - quarterIndex * 3; // 1, 2 or 3
  return start.plus(div(mul(end.minus(start), monthsIntoQuarter), 3));
}

/** Time progress at the end of `month`: the schedule's if one is given, else linear. Throws on an invalid schedule. */
export function timeProgress(month: number, schedule?: ProgressSchedule | null): Dec {
  assertMonth(month);
  if (!schedule) return linearTimeProgress(month);
  const issues = validateSchedule(schedule);
  if (issues.length > 0) throw new InvalidScheduleError(issues);
  return scheduledProgress(schedule, month);
}

/** Builds a schedule from plain numbers or strings (e.g. from a form), validating it. */
export function makeSchedule(
  kind: ProgressSchedule['kind'],
  cumulative: readonly (string | number)[],
): { ok: true; schedule: ProgressSchedule } | { ok: false; issues: ScheduleIssue[] } {
  const schedule: ProgressSchedule = { kind, cumulative: cumulative.map((v) => dec(v)) };
  const issues = validateSchedule(schedule);
  return issues.length === 0 ? { ok: true, schedule } : { ok: false, issues };
}
