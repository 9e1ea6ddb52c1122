// How often an indicator is reported (docs/DOMAIN.md "Reporting frequency"). Every district still
// reports a month, but only the indicators due in that month are asked for: GDP is accounted
// quarterly (the province's unified 核算), the first release of 规上工业, 固投 and 社零 covers
// January–February together, some indicators are half-yearly or annual. The month form, the
// figures template, the completeness checks, time progress and the cards all ask `isDue`.
export const REPORTING_FREQUENCIES = ['monthly', 'monthly_from_february', 'quarterly', 'half_yearly', 'annual'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

const DUE_MONTHS: Readonly<Record<ReportingFrequency, readonly number[]>> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  // The first release is 1-2月: there is no January figure.
  monthly_from_february: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [3, 6, 9, 12],
  half_yearly: [6, 12],
  annual: [12],
};

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1..12, got ${month}`);
}

/** The months (1..12) in which a figure of this frequency is reported, year-to-date through that month. */
export function dueMonths(frequency: ReportingFrequency): readonly number[] {
  return DUE_MONTHS[frequency];
}

/** Whether the figure is asked for in `month`: a quarterly indicator in March, June, September and December only. */
export function isDue(frequency: ReportingFrequency, month: number): boolean {
  assertMonth(month);
  return DUE_MONTHS[frequency].includes(month);
}

/**
 * The latest month at or before `month` of the same year in which the figure is reported: the
 * month whose figure stands for the indicator at `month` (May → March for a quarterly one). Null
 * before the first due month of the year (January of a monthly-from-February indicator).
 */
export function latestDueMonth(frequency: ReportingFrequency, month: number): number | null {
  assertMonth(month);
  return DUE_MONTHS[frequency].findLast((m) => m <= month) ?? null;
}

/**
 * The due month before `month` in the same year: the report a year-to-date figure is compared with
 * (June → March for a quarterly indicator, February → none for a monthly-from-February one).
 */
export function previousDueMonth(frequency: ReportingFrequency, month: number): number | null {
  assertMonth(month);
  return DUE_MONTHS[frequency].findLast((m) => m < month) ?? null;
}
