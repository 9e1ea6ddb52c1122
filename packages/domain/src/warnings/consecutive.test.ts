import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { period, type Period } from '../periods';
import { consecutiveMonthsEndingAt, latestPeriod } from './consecutive';

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

describe('latestPeriod', () => {
  it('finds the latest period', () => {
    expect(latestPeriod([{ period: period(2024, 3) }, { period: period(2024, 11) }, { period: period(2023, 12) }])).toEqual({
      year: 2024,
      month: 11,
    });
    expect(latestPeriod([])).toBeNull();
  });
});
