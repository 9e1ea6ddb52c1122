// "N months in a row" — the one definition behind rules such as "3 consecutive months not started
// → red" (Yinchuan) or "two consecutive months → red" (Sanya), used by every layer (DOMAIN.md
// "Card rules"): runs count calendar months and continue across New Year (December → January);
// a month without a record breaks the run; a month the indicator is not due neither counts nor
// breaks it.
import { type Period, comparePeriods, monthsBetween, previousPeriod } from '../periods';
import type { WarningRule } from './types';

/** Whether the indicator is due in a month (every month unless its frequency says otherwise). */
export type IsDue = (period: Period) => boolean;
const everyMonth: IsDue = () => true;

/**
 * How many consecutive months, ending at `asOf`, satisfy `holds`. A due month without a record
 * breaks the run (we do not guess missing reports); months that are not due are passed over, with
 * or without a record (a figure stored in a month it is not asked for does not count).
 * Returns 0 when `asOf` has no record or does not satisfy the predicate.
 */
export function consecutiveMonthsEndingAt<T extends { readonly period: Period }>(
  records: readonly T[],
  asOf: Period,
  holds: (record: T) => boolean,
  isDue: IsDue = everyMonth,
): number {
  const byOffset = new Map<number, T>();
  let furthest = -1;
  for (const record of records) {
    const offset = monthsBetween(record.period, asOf);
    if (offset < 0) continue;
    byOffset.set(offset, record);
    furthest = Math.max(furthest, offset);
  }
  let run = 0;
  let p = asOf;
  for (let offset = 0; offset <= furthest; offset += 1, p = previousPeriod(p)) {
    if (offset > 0 && !isDue(p)) continue;
    const record = byOffset.get(offset);
    if (record === undefined || !holds(record)) break;
    run += 1;
  }
  return run;
}

/** The latest period among the records, or null for none. */
export function latestPeriod<T extends { readonly period: Period }>(records: readonly T[]): Period | null {
  let latest: Period | null = null;
  for (const record of records) if (latest === null || comparePeriods(record.period, latest) > 0) latest = record.period;
  return latest;
}

/**
 * How many months before the one under review the rules need figures of: a run of N months looks
 * back N − 1, and the monthly task needs the month before each month it measures. Project facts
 * (planned / started) are never known for indicators, so such rules need nothing.
 */
export function monthsNeeded(rules: readonly WarningRule[]): number {
  let back = 0;
  for (const rule of rules) {
    if (rule.kind === 'metric_threshold') {
      back = Math.max(back, rule.metric === 'monthly_task_completion' ? 1 : 0);
    } else if (rule.condition.kind === 'metric' || rule.condition.kind === 'target_not_met') {
      const run = Math.max(0, ...rule.thresholds.map((t) => t.minMonths)) - 1;
      const task = rule.condition.kind === 'metric' && rule.condition.metric === 'monthly_task_completion' ? 1 : 0;
      back = Math.max(back, run + task);
    }
  }
  return back;
}

/**
 * The months a run may reach, oldest first: `back` months before `asOf` through `asOf`, across
 * New Year when they reach into last year; months not due are passed over without counting.
 */
export function monthsBack(asOf: Period, back: number, isDue: IsDue = everyMonth): Period[] {
  const periods: Period[] = [asOf];
  let p = asOf;
  for (let due = 0; due < back; ) {
    p = previousPeriod(p);
    periods.push(p);
    if (isDue(p)) due += 1;
    if (periods.length > 10 * 12) break;
  }
  return periods.reverse();
}
