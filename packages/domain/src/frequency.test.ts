import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixedText } from './fixed-point';
import { REPORTING_FREQUENCIES, dueMonths, isDue, latestDueMonth, previousDueMonth } from './frequency';
import { dueTimeProgress, linearTimeProgress, makeSchedule } from './time-progress';

const months = Array.from({ length: 12 }, (_, i) => i + 1);
const due = (frequency: (typeof REPORTING_FREQUENCIES)[number]) => months.filter((m) => isDue(frequency, m));

describe('reporting frequency', () => {
  it('asks a quarterly indicator in March, June, September and December only', () => {
    expect(isDue('quarterly', 1)).toBe(false);
    expect(isDue('quarterly', 2)).toBe(false);
    expect(isDue('quarterly', 3)).toBe(true);
    expect(due('quarterly')).toEqual([3, 6, 9, 12]);
  });

  it('has no January figure for an indicator first released for 1-2月', () => {
    expect(due('monthly_from_february')).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(due('monthly')).toEqual(months);
    expect(due('half_yearly')).toEqual([6, 12]);
    expect(due('annual')).toEqual([12]);
  });

  it('every frequency is due in December (the year is always reported) and its due months are ascending', () => {
    for (const f of REPORTING_FREQUENCIES) {
      expect(isDue(f, 12)).toBe(true);
      expect([...dueMonths(f)].sort((a, b) => a - b)).toEqual(dueMonths(f));
    }
  });

  it('the figure standing at a month is that of the latest due month; the one compared with is the due month before', () => {
    expect(latestDueMonth('quarterly', 5)).toBe(3);
    expect(latestDueMonth('quarterly', 6)).toBe(6);
    expect(latestDueMonth('quarterly', 2)).toBeNull();
    expect(latestDueMonth('monthly_from_february', 1)).toBeNull();
    expect(previousDueMonth('quarterly', 6)).toBe(3);
    expect(previousDueMonth('quarterly', 3)).toBeNull();
    expect(previousDueMonth('monthly_from_february', 2)).toBeNull();
    expect(previousDueMonth('monthly_from_february', 3)).toBe(2);
    expect(previousDueMonth('monthly', 1)).toBeNull();
    expect(previousDueMonth('half_yearly', 12)).toBe(6);
  });

  it('property: latest ≤ month, due, and nothing due between it and the month; previous < month', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORTING_FREQUENCIES), fc.integer({ min: 1, max: 12 }), (f, m) => {
        const latest = latestDueMonth(f, m);
        if (latest !== null) {
          expect(latest <= m && isDue(f, latest)).toBe(true);
          for (let k = latest + 1; k <= m; k++) expect(isDue(f, k)).toBe(false);
        } else for (let k = 1; k <= m; k++) expect(isDue(f, k)).toBe(false);
        const previous = previousDueMonth(f, m);
        if (previous !== null) expect(previous < m && isDue(f, previous)).toBe(true);
        expect(isDue(f, m) ? latest === m : latest !== m).toBe(true);
      }),
    );
  });

  it('refuses months outside 1..12', () => {
    expect(() => isDue('monthly', 0)).toThrow(RangeError);
    expect(() => latestDueMonth('quarterly', 13)).toThrow(RangeError);
  });
});

describe('time progress by frequency', () => {
  it('a quarterly indicator takes the quarter\'s progress', () => {
    expect(fixedText(dueTimeProgress('quarterly', 5, null))).toBe('25');
    expect(fixedText(dueTimeProgress('quarterly', 6, null))).toBe('50');
    expect(dueTimeProgress('quarterly', 2, null)).toBe(0n);
    expect(dueTimeProgress('monthly', 5, null)).toBe(linearTimeProgress(5));
    expect(dueTimeProgress('monthly_from_february', 1, null)).toBe(0n);
    expect(fixedText(dueTimeProgress('monthly_from_february', 2, null), 2)).toBe('16.67');
  });

  it('follows the target\'s own schedule at the due month', () => {
    const made = makeSchedule('quarterly', [30, 55, 80, 100]);
    if (!made.ok) throw new Error('schedule');
    expect(fixedText(dueTimeProgress('quarterly', 4, made.schedule))).toBe('30');
    expect(fixedText(dueTimeProgress('half_yearly', 9, made.schedule))).toBe('55');
  });
});
