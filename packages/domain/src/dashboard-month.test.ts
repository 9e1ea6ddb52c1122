import { describe, expect, it } from 'vitest';
import { defaultDashboardMonth, isMonthComplete, type MonthCoverage } from './dashboard-month';

const month = (periodKey: string, approved: number, extra: Partial<MonthCoverage> = {}): MonthCoverage => ({
  periodKey, approved, submitted: 0, total: 17, published: false, ...extra,
});

describe('which month the dashboards open on', () => {
  it('stays on the last complete month when one district is approved in a new month', () => {
    expect(defaultDashboardMonth([month('2026-09', 17), month('2026-10', 1)])).toBe('2026-09');
  });
  it('opens on a published month even when not every unit is approved (a bulletin is the city\'s word)', () => {
    expect(defaultDashboardMonth([month('2026-09', 17), month('2026-10', 15, { published: true }), month('2026-11', 3)])).toBe('2026-10');
  });
  it('takes the newest complete month whatever the order given', () => {
    expect(defaultDashboardMonth([month('2026-10', 17), month('2025-12', 17), month('2026-11', 2)])).toBe('2026-10');
  });
  it('before any month is complete, opens on the latest with approved figures, else the latest month', () => {
    expect(defaultDashboardMonth([month('2026-01', 4), month('2026-02', 0)])).toBe('2026-01');
    expect(defaultDashboardMonth([month('2026-01', 0), month('2026-02', 0)])).toBe('2026-02');
    expect(defaultDashboardMonth([])).toBeNull();
  });
  it('a reviewer looking at unapproved figures opens on the month under review', () => {
    const months = [month('2026-09', 17), month('2026-10', 2, { submitted: 6 })];
    expect(defaultDashboardMonth(months, { includeUnapproved: true })).toBe('2026-10');
    expect(defaultDashboardMonth(months)).toBe('2026-09');
  });
  it('a city without units has no complete month', () => {
    expect(isMonthComplete(month('2026-09', 0, { total: 0 }))).toBe(false);
    expect(isMonthComplete(month('2026-09', 17))).toBe(true);
  });
});
