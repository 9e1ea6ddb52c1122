import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { districtProgressAt, districtYearTotals, startReachedMonth, type DistrictYearProject } from './district-totals';
import { plannedInvestmentBy } from './schedule';

const Y = 2025;
const project = (over: Partial<DistrictYearProject> = {}): DistrictYearProject => ({
  annualPlan: 1_200_000_000n, schedule: null, plannedStart: null, actualStart: null, stage: 'under_construction', yearStatus: 'continuing', ...over,
});

describe('startReachedMonth', () => {
  it('counts a start from the later of the planned and the actual month', () => {
    expect(startReachedMonth(Y, '2025-03-10', '2025-05-02')).toBe(5);
    expect(startReachedMonth(Y, '2025-06-10', '2025-02-02')).toBe(6);
    expect(startReachedMonth(Y, '2025-06-10', '2024-12-31')).toBe(6);
  });
  it('does not count a start planned in another year, not made, or made after the year', () => {
    expect(startReachedMonth(Y, '2024-06-10', '2024-07-01')).toBeNull();
    expect(startReachedMonth(Y, '2025-06-10', null)).toBeNull();
    expect(startReachedMonth(Y, '2025-06-10', '2026-01-01')).toBeNull();
    expect(startReachedMonth(Y, null, '2025-01-01')).toBeNull();
  });
});

describe('districtYearTotals', () => {
  it('spreads the plans by schedule, counts stages and statuses, and keeps the filed months', () => {
    const quarterly = { kind: 'monthly' as const, shares: ['10', '20', '30', '40', '50', '60', '70', '80', '90', '95', '98', '100'] };
    const totals = districtYearTotals(Y, [
      project({ plannedStart: '2025-02-01', actualStart: '2025-04-01' }),
      project({ annualPlan: 600_000_000n, schedule: quarterly, stage: 'started', yearStatus: 'new' }),
    ], [{ month: 3, filedCount: 2, filedInvestment: 5n, filedYtd: 9n, inStatisticsCount: 1, inStatisticsYtd: 4n }]);
    expect(totals.projectCount).toBe(2);
    expect(totals.annualPlan).toBe(1_800_000_000n);
    expect(totals.byStage).toEqual({ under_construction: 1, started: 1 });
    expect(totals.byYearStatus).toEqual({ continuing: 1, new: 1 });
    expect(totals.months.reduce((s, m) => s + m.plannedInvestment, 0n)).toBe(1_800_000_000n);
    expect(totals.months[0]!.plannedInvestment).toBe(100_000_000n + 60_000_000n);
    expect(totals.months[1]!.plannedStarts).toBe(1);
    expect(totals.months[3]!.startsReached).toBe(1);
    expect(totals.months[2]).toMatchObject({ filedCount: 2, filedInvestment: 5n, filedYtd: 9n, inStatisticsCount: 1, inStatisticsYtd: 4n });
  });

  it('gives, at any month, what the dashboard computed from the projects one by one', () => {
    const date = fc.record({ y: fc.integer({ min: Y - 1, max: Y + 1 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}-15`);
    const arb = fc.array(fc.record({
      annualPlan: fc.bigInt({ min: 0n, max: 10n ** 12n }),
      plannedStart: fc.option(date), actualStart: fc.option(date),
    }), { maxLength: 30 });
    fc.assert(fc.property(arb, fc.integer({ min: 1, max: 12 }), (rows, month) => {
      const projects = rows.map((r) => project(r));
      const at = districtProgressAt(districtYearTotals(Y, projects, []).months, month);
      const monthEnd = `${Y}-${String(month).padStart(2, '0')}-31`;
      const plannedHere = projects.filter((p) => p.plannedStart !== null && p.plannedStart >= `${Y}-01-01` && p.plannedStart <= monthEnd);
      expect(at.plannedStarts).toBe(plannedHere.length);
      expect(at.started).toBe(plannedHere.filter((p) => p.actualStart !== null && p.actualStart <= monthEnd).length);
      const plan = projects.reduce((s, p) => s + p.annualPlan, 0n);
      expect(at.planned.reduce((s, x) => s + x, 0n)).toBe(plannedInvestmentBy(plan, month, null));
    }));
  });
});
