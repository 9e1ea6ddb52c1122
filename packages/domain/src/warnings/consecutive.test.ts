import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { period, type Period } from '../periods';
import { consecutiveMonthsEndingAt, latestPeriod, monthsBack, monthsNeeded } from './consecutive';
import { fx } from '../fixed-point';
import { WARNING_PRESETS } from './presets';

type Flag = { period: Period; bad: boolean };

function months(year: number, flags: boolean[], startMonth = 1): Flag[] {
  return flags.map((bad, i) => ({ period: period(year, startMonth + i), bad }));
}

describe('consecutiveMonthsEndingAt', () => {
  it('counts the run ending at the given month', () => {
    const records = months(2024, [true, false, true, true, true]);
    expect(consecutiveMonthsEndingAt(records, period(2024, 5), (r) => r.bad)).toBe(3);
    expect(consecutiveMonthsEndingAt(records, period(2024, 2), (r) => r.bad)).toBe(0);
    expect(consecutiveMonthsEndingAt(records, period(2024, 1), (r) => r.bad)).toBe(1);
  });

  it('is 0 when the month has no record', () => {
    expect(consecutiveMonthsEndingAt(months(2024, [true, true]), period(2024, 3), (r) => r.bad)).toBe(0);
  });

  it('breaks the run at a month without a record', () => {
    const records = [...months(2024, [true, true]), ...months(2024, [true, true], 4)];
    expect(consecutiveMonthsEndingAt(records, period(2024, 5), (r) => r.bad)).toBe(2);
  });

  it('continues across New Year and ignores record order and later months', () => {
    const records = [...months(2024, [true, true]), ...months(2023, [true, true], 11), ...months(2024, [true, true, true])];
    const shuffled = [records[3], records[0], records[5], records[1], records[2]].filter((r): r is Flag => r !== undefined);
    expect(consecutiveMonthsEndingAt(shuffled, period(2024, 2), (r) => r.bad)).toBe(4);
  });

  it('runs from December into January: two months in a row are two months, whatever the year', () => {
    const records = [...months(2023, [true], 12), ...months(2024, [true])];
    expect(consecutiveMonthsEndingAt(records, period(2024, 1), (r) => r.bad)).toBe(2);
  });

  it('passes over a month the indicator is not due (a 1–2月 release has no January), but not a missing due month', () => {
    const records = [...months(2023, [true], 12), ...months(2024, [true], 2)];
    const noJanuary = (p: Period) => p.month !== 1;
    expect(consecutiveMonthsEndingAt(records, period(2024, 2), (r) => r.bad, noJanuary)).toBe(2);
    expect(consecutiveMonthsEndingAt(records, period(2024, 2), (r) => r.bad)).toBe(1);
    // Quarterly: due in March, June …; the run of two quarters reaches back over five months.
    const quarterly = (p: Period) => p.month % 3 === 0;
    const quarters = [{ period: period(2023, 12), bad: true }, { period: period(2024, 3), bad: true }];
    expect(consecutiveMonthsEndingAt(quarters, period(2024, 3), (r) => r.bad, quarterly)).toBe(2);
    // A figure stored in a month the indicator is not asked for does not lengthen the run.
    const stray = [...quarters, { period: period(2024, 2), bad: true }];
    expect(consecutiveMonthsEndingAt(stray, period(2024, 3), (r) => r.bad, quarterly)).toBe(2);
  });

  it('ignores months after the one asked for', () => {
    const records = months(2024, [false, true, true, true]);
    expect(consecutiveMonthsEndingAt(records, period(2024, 2), (r) => r.bad)).toBe(1);
    expect(consecutiveMonthsEndingAt(records, period(2024, 3), (r) => r.bad)).toBe(2);
  });

  it('property: never exceeds the number of records, and equals the trailing run of a contiguous series', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 24 }), (flags) => {
        const records = flags.map((bad, i) => ({ period: period(2020 + Math.floor(i / 12), (i % 12) + 1), bad }));
        const last = records[records.length - 1];
        if (!last) return;
        let expected = 0;
        for (let i = flags.length - 1; i >= 0 && flags[i]; i -= 1) expected += 1;
        expect(consecutiveMonthsEndingAt(records, last.period, (r) => r.bad)).toBe(expected);
      }),
    );
  });
});

describe('the months the rules need', () => {
  it('looks back N − 1 months for a run of N, one more for the monthly task, nothing for project facts', () => {
    expect(monthsNeeded(WARNING_PRESETS.wuhan_major_projects)).toBe(0);
    expect(monthsNeeded(WARNING_PRESETS.sanya)).toBe(2);
    expect(monthsNeeded(WARNING_PRESETS.county_monthly_task)).toBe(1);
    expect(monthsNeeded(WARNING_PRESETS.yinchuan_traffic_lights)).toBe(0);
    expect(monthsNeeded([{ id: 'x', kind: 'consecutive_months', condition: { kind: 'target_not_met' }, thresholds: [{ colour: 'red', minMonths: 3 }] }])).toBe(2);
    expect(monthsNeeded([{ id: 'x', kind: 'metric_threshold', metric: 'growth_shortfall', thresholds: [{ colour: 'yellow', op: 'gt', value: fx(0) }] }])).toBe(0);
  });

  it('reaches back across New Year, passing over months not due', () => {
    expect(monthsBack(period(2024, 2), 2)).toEqual([period(2023, 12), period(2024, 1), period(2024, 2)]);
    expect(monthsBack(period(2024, 2), 1, (p) => p.month !== 1)).toEqual([period(2023, 12), period(2024, 1), period(2024, 2)]);
    expect(monthsBack(period(2024, 6), 0)).toEqual([period(2024, 6)]);
  });

  it('property: a run never reaches past the months monthsBack gives', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 12 }), (flags, back) => {
        const asOf = period(2024, 3);
        const records = flags.map((bad, i) => ({ period: monthsBack(asOf, flags.length - 1)[i]!, bad }));
        const window = monthsBack(asOf, back);
        const inWindow = records.filter((r) => window.some((p) => p.year === r.period.year && p.month === r.period.month));
        const run = consecutiveMonthsEndingAt(records, asOf, (r) => r.bad);
        expect(Math.min(run, back + 1)).toBe(consecutiveMonthsEndingAt(inWindow, asOf, (r) => r.bad));
      }),
    );
  });
});

describe('latestPeriod', () => {
  it('finds the latest period', () => {
    expect(latestPeriod([{ period: period(2024, 3) }, { period: period(2024, 11) }, { period: period(2023, 12) }])).toEqual({
      year: 2024,
      month: 11,
    });
    expect(latestPeriod([])).toBeNull();
  });
});
