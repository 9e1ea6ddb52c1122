// "N months in a row" — the generic building block behind rules such as
// "3 consecutive months not started → red" (Yinchuan) or "two consecutive months → red" (Sanya).
import { type Period, comparePeriods, monthsBetween } from '../periods';

/**
 * How many consecutive calendar months, ending at `asOf`, satisfy `holds`.
 * A month without a record breaks the run (we do not guess missing reports), and runs
 * continue across New Year (December → January) since project status does not reset.
 * Returns 0 when `asOf` has no record or does not satisfy the predicate.
 */
export function consecutiveMonthsEndingAt<T extends { readonly period: Period }>(
  records: readonly T[],
  asOf: Period,
  holds: (record: T) => boolean,
): number {
  const byOffset = new Map<number, T>();
  for (const record of records) {
    const offset = monthsBetween(record.period, asOf);
    if (offset >= 0) byOffset.set(offset, record);
  }
  let run = 0;
  for (let record = byOffset.get(0); record !== undefined && holds(record); record = byOffset.get(run)) {
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
