// Time progress 时序进度 (the one term the project writes) (docs/DOMAIN.md "Time progress"): at the end of month m it is
// m / 12 ("half the time, half the task"); a target may carry its own schedule that replaces the
// linear one. Values are Fixed percent (fixed-point.ts): February = 16.666… (shown 16.67 %), June = 50.
import { type Fixed, FIXED_HUNDRED, fixedText, fx } from './fixed-point';
import { parseNumberInput } from './number-input';
import { toPlainString } from './decimal';
import { type ReportingFrequency, latestDueMonth } from './frequency';

export const SCHEDULE_KINDS = ['monthly', 'quarterly'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];

/**
 * A target's own schedule, as cumulative percent of the annual target due by the end of a period.
 * - monthly: 12 cumulative values, January … December.
 * - quarterly: 4 cumulative values (Q1 … Q4). Months inside a quarter are interpolated linearly
 *   from the previous quarter's value (0 before Q1), so a "Q1 ≥ 30 %" push expects 10 % / 20 % / 30 %
 *   at the end of January / February / March. We chose interpolation over holding the value
 *   (a step at quarter ends) because monthly dispatch needs a monthly yardstick.
 */
export type ProgressSchedule = { readonly kind: ScheduleKind; readonly cumulative: readonly Fixed[] };

/** A schedule as stored and sent: the shares as decimal text ("30", "55", "80", "100"). */
export type ScheduleShares = { readonly kind: ScheduleKind; readonly shares: readonly string[] };

export type ScheduleIssue =
  | { code: 'wrong_length'; expected: number; actual: number }
  | { code: 'negative'; index: number }
  | { code: 'decreasing'; index: number }
  | { code: 'above_100'; index: number }
  | { code: 'not_ending_at_100' }
  | { code: 'not_a_number'; index: number };

export class InvalidScheduleError extends Error {
  override readonly name = 'InvalidScheduleError';
  constructor(readonly issues: readonly ScheduleIssue[]) {
    super(`Invalid progress schedule: ${issues.map((i) => i.code).join(', ')}`);
  }
}

export const scheduleLength = (kind: ScheduleKind): number => (kind === 'monthly' ? 12 : 4);

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1..12, got ${month}`);
}

/** m / 12 × 100. */
export function linearTimeProgress(month: number): Fixed {
  assertMonth(month);
  return (BigInt(month) * FIXED_HUNDRED) / 12n;
}

/** Checks a schedule: right length, within 0..100, non-decreasing, ending at exactly 100. */
export function validateSchedule(schedule: ProgressSchedule): ScheduleIssue[] {
  const expected = scheduleLength(schedule.kind);
  const values = schedule.cumulative;
  if (values.length !== expected) return [{ code: 'wrong_length', expected, actual: values.length }];
  const issues: ScheduleIssue[] = [];
  values.forEach((value, index) => {
    if (value < 0n) issues.push({ code: 'negative', index });
    if (value > FIXED_HUNDRED) issues.push({ code: 'above_100', index });
    const previous = values[index - 1];
    if (previous !== undefined && value < previous) issues.push({ code: 'decreasing', index });
  });
  if (values[values.length - 1] !== FIXED_HUNDRED) issues.push({ code: 'not_ending_at_100' });
  return issues;
}

function scheduledProgress(schedule: ProgressSchedule, month: number): Fixed {
  const values = schedule.cumulative;
  if (schedule.kind === 'monthly') return values[month - 1] ?? 0n;
  const quarterIndex = Math.ceil(month / 3) - 1;
  const start = values[quarterIndex - 1] ?? 0n;
  const end = values[quarterIndex] ?? 0n;
  const monthsIntoQuarter = BigInt(month - quarterIndex * 3); // 1, 2 or 3
  return start + ((end - start) * monthsIntoQuarter) / 3n;
}

/** Time progress at the end of `month`: the schedule's if one is given, else linear. Throws on an invalid schedule. */
export function timeProgress(month: number, schedule?: ProgressSchedule | null): Fixed {
  assertMonth(month);
  if (!schedule) return linearTimeProgress(month);
  const issues = validateSchedule(schedule);
  if (issues.length > 0) throw new InvalidScheduleError(issues);
  return scheduledProgress(schedule, month);
}

/**
 * timeProgress for a schedule already validated (one from scheduleFromShares), without checking it
 * again: the dashboards ask it for every district × indicator × month. Month 0 is 0.
 */
export function validatedTimeProgress(month: number, schedule: ProgressSchedule | null): Fixed {
  if (month === 0) return 0n;
  assertMonth(month);
  return schedule ? scheduledProgress(schedule, month) : linearTimeProgress(month);
}

/**
 * The share of the annual target due by the end of Q1 (开门红): the schedule's March value
 * (a quarterly schedule's Q1, a monthly one's March), else 25 %.
 */
export function q1Share(schedule?: ProgressSchedule | null): Fixed {
  return timeProgress(3, schedule);
}

/** Reads typed or stored shares (full-width digits and 30% accepted) into a schedule, validating it. */
export function parseSchedule(
  kind: ScheduleKind,
  typed: readonly (string | number)[],
): { ok: true; schedule: ProgressSchedule; shares: ScheduleShares } | { ok: false; issues: ScheduleIssue[] } {
  const texts: string[] = [];
  const bad: ScheduleIssue[] = [];
  typed.forEach((value, index) => {
    const parsed = parseNumberInput(String(value));
    if (parsed.kind === 'ok') texts.push(toPlainString(parsed.value));
    else bad.push({ code: 'not_a_number', index });
  });
  if (bad.length > 0) return { ok: false, issues: bad };
  const schedule: ProgressSchedule = { kind, cumulative: texts.map((t) => fx(t)) };
  const issues = validateSchedule(schedule);
  return issues.length === 0 ? { ok: true, schedule, shares: { kind, shares: texts } } : { ok: false, issues };
}

/** Builds a schedule from plain numbers or strings, validating it. */
export function makeSchedule(
  kind: ScheduleKind,
  cumulative: readonly (string | number)[],
): { ok: true; schedule: ProgressSchedule } | { ok: false; issues: ScheduleIssue[] } {
  const result = parseSchedule(kind, cumulative);
  return result.ok ? { ok: true, schedule: result.schedule } : result;
}

/**
 * A stored schedule as the engine's, or null when there is none. A stored schedule was validated on
 * write; one that no longer validates (or does not parse) falls back to linear time progress (null).
 */
export function scheduleFromShares(stored: ScheduleShares | null | undefined): ProgressSchedule | null {
  if (!stored) return null;
  const result = parseSchedule(stored.kind, stored.shares);
  return result.ok ? result.schedule : null;
}

/** Linear shares (25 / 50 / 75 / 100 or 8.33 … 100) to start an editor from. */
export function linearShares(kind: ScheduleKind): string[] {
  const n = scheduleLength(kind);
  return Array.from({ length: n }, (_, i) => fixedText((BigInt(i + 1) * FIXED_HUNDRED) / BigInt(n), 2));
}

/**
 * Time progress for an indicator of `frequency` looked at in `month`: that of the latest month at
 * or before it in which the indicator is reported (frequency.ts latestDueMonth), 0 before its first
 * one. A quarterly indicator takes the quarter's progress: in May its figure is March's, measured
 * against 25 %, not May's 41.67 %. `schedule` is one already validated (scheduleFromShares).
 */
export function dueTimeProgress(frequency: ReportingFrequency, month: number, schedule: ProgressSchedule | null): Fixed {
  assertMonth(month);
  return validatedTimeProgress(latestDueMonth(frequency, month) ?? 0, schedule);
}
