import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIXED_HUNDRED, fixedText, fx } from './fixed-point';
import {
  monthEndDate, q1CurrentWeek, q1Days, q1DaysThrough, q1Pace, q1TargetToDate, q1WeekEnds, q1WeekPaces, q1WeeksElapsed, shanghaiDate,
} from './q1-pace';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('Q1 week calendar', () => {
  it('ends week 1 on the first Sunday and week 13 on 31 March', () => {
    // 2026-01-01 is a Thursday: week 1 ends Sunday 4 January.
    const ends = q1WeekEnds(2026);
    expect(ends).toHaveLength(13);
    expect(ends[0]).toBe('2026-01-04');
    expect(ends[1]).toBe('2026-01-11');
    expect(ends[11]).toBe('2026-03-22');
    expect(ends[12]).toBe('2026-03-31');
    // 2023-01-01 is a Sunday: week 1 is that single day.
    expect(q1WeekEnds(2023)[0]).toBe('2023-01-01');
  });

  it('counts elapsed weeks by the Shanghai date', () => {
    expect(shanghaiDate(new Date('2026-01-04T16:30:00Z'))).toBe('2026-01-05');
    expect(q1WeeksElapsed(2026, '2026-01-03')).toBe(0);
    expect(q1WeeksElapsed(2026, '2026-01-04')).toBe(1);
    expect(q1WeeksElapsed(2026, '2026-11-22')).toBe(13);
    expect(q1WeeksElapsed(2027, '2026-11-22')).toBe(0);
    expect(q1CurrentWeek(2026, '2026-01-05')).toBe(2);
    expect(q1CurrentWeek(2026, '2026-03-30')).toBe(13);
    expect(q1CurrentWeek(2026, '2026-04-01')).toBeNull();
    expect(monthEndDate(2024, 2)).toBe('2024-02-29');
  });
});

describe('Q1 pace by calendar days', () => {
  it('holds week 1 of 2023, a single day, to 1 / 90 of the Q1 target, not 1 / 13', () => {
    expect(q1Days(2023)).toBe(90);
    expect(q1Days(2024)).toBe(91);
    const paces = q1WeekPaces(2023);
    expect(fixedText(paces[0]!, 4)).toBe('1.1111');
    // 2024-01-07 is week 1's end: 7 days of 91.
    expect(fixedText(q1WeekPaces(2024)[0]!, 4)).toBe('7.6923');
    expect(paces[12]).toBe(FIXED_HUNDRED);
    expect(q1TargetToDate(fx(90), 2023, '2023-01-01')).toBe(fx(1));
    expect(q1TargetToDate(fx(91), 2024, '2024-01-07')).toBe(fx(7));
  });

  it('paces a month end and today by the same rule', () => {
    // January 2026: 31 of 90 days.
    expect(fixedText(q1Pace(2026, monthEndDate(2026, 1)), 4)).toBe('34.4444');
    expect(fixedText(q1Pace(2026, monthEndDate(2026, 2)), 4)).toBe('65.5556');
    expect(q1Pace(2026, '2025-12-31')).toBe(0n);
    expect(q1Pace(2026, '2026-05-01')).toBe(FIXED_HUNDRED);
  });

  it('property: the pace grows with the date, from 0 to 100, one day at a time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: -5, max: 100 }), (year, offset) => {
        const date = iso(Date.UTC(year, 0, 1) + offset * DAY);
        const next = iso(Date.UTC(year, 0, 1) + (offset + 1) * DAY);
        const days = q1DaysThrough(year, date);
        expect(days).toBe(Math.min(Math.max(offset + 1, 0), q1Days(year)));
        expect(q1Pace(year, next) >= q1Pace(year, date)).toBe(true);
        expect(q1Pace(year, date) >= 0n && q1Pace(year, date) <= FIXED_HUNDRED).toBe(true);
      }),
    );
  });

  it('property: the week paces add up to the days of each week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
        const ends = q1WeekEnds(year);
        let previous = 0;
        for (const end of ends) {
          const days = q1DaysThrough(year, end);
          expect(days - previous).toBeGreaterThanOrEqual(1);
          expect(days - previous).toBeLessThanOrEqual(13);
          previous = days;
        }
        expect(previous).toBe(q1Days(year));
      }),
    );
  });
});
