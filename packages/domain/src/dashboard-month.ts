// Which month the dashboards open on (docs/DOMAIN.md "Which month the dashboards show"): a month in
// which one district has been approved is not yet the city's month — ranked alone, it is first of
// one and "the average" is its own figure. The dashboards open on the latest month the city has
// published (bulletin) or every unit has had approved, and say how far each month is (已审核 12/17 区).

/** How far one month is for the city: units approved (published statuses), submitted, and in all. */
export interface MonthCoverage {
  periodKey: string;
  /** Units whose month is approved (or approved and reopened for revision): their figures are published. */
  approved: number;
  /** Units whose month is submitted and awaits review. */
  submitted: number;
  /** Reporting units of the city. */
  total: number;
  /** The city published the month's bulletin. */
  published: boolean;
}

/** Every unit approved, or the bulletin published. */
export function isMonthComplete(m: MonthCoverage): boolean {
  return m.published || (m.total > 0 && m.approved >= m.total);
}

/**
 * The month a dashboard opens on: the latest complete month; before any month is complete, the
 * latest with approved figures; a reviewer's view with unapproved figures, the latest with figures
 * approved or submitted; else the latest month; null without months.
 */
export function defaultDashboardMonth(months: readonly MonthCoverage[], options: { includeUnapproved?: boolean } = {}): string | null {
  const newestFirst = [...months].sort((a, b) => (a.periodKey < b.periodKey ? 1 : a.periodKey > b.periodKey ? -1 : 0));
  const pick = (test: (m: MonthCoverage) => boolean) => newestFirst.find(test)?.periodKey;
  if (options.includeUnapproved) {
    const reviewing = pick((m) => m.approved + m.submitted > 0);
    if (reviewing) return reviewing;
  }
  return pick(isMonthComplete) ?? pick((m) => m.approved > 0) ?? newestFirst[0]?.periodKey ?? null;
}
