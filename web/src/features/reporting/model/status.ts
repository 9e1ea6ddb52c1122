import type { ReportingPeriod } from '@hongtu/contracts';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '@hongtu/domain';

/** Workflow order, as the board counts them. */
export const STATUS_ORDER: readonly SubmissionStatus[] = SUBMISSION_STATUSES;

/** antd Tag colours by meaning: grey not started, blue in work, purple waiting for the city, red returned, green approved. */
export const STATUS_COLOURS: Record<SubmissionStatus, string> = {
  not_started: 'default',
  draft: 'blue',
  submitted: 'purple',
  returned: 'red',
  approved: 'green',
  revision_requested: 'orange',
};

export type StatusCounts = Record<SubmissionStatus, number> & { late: number; total: number };

/** Counts per status (and late ones) for the board's summary. */
export function countByStatus(rows: readonly { status: SubmissionStatus; late: boolean }[]): StatusCounts {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
  let late = 0;
  for (const row of rows) {
    counts[row.status] += 1;
    if (row.late) late += 1;
  }
  return { ...counts, late, total: rows.length };
}

/** Open periods first, then the most recent first. */
export function sortPeriods<T extends Pick<ReportingPeriod, 'key' | 'status'>>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => {
    if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
    return b.key.localeCompare(a.key);
  });
}

/** Years that have periods, newest first. */
export function yearsOf(periods: readonly Pick<ReportingPeriod, 'year'>[]): number[] {
  return [...new Set(periods.map((p) => p.year))].sort((a, b) => b - a);
}

/** The period a page shows first: the latest open one, else the latest. */
export function defaultPeriod<T extends Pick<ReportingPeriod, 'key' | 'status'>>(periods: readonly T[]): T | undefined {
  return sortPeriods(periods)[0];
}
