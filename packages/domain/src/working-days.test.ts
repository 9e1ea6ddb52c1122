import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarKnowsYear, isWorkingDay, nextDay, workingDaysBetween } from './working-days';

describe('working days on the official calendar', () => {
  it('knows 国庆 and its make-up working days (2025: Oct 1–8 off, Sunday Sep 28 and Saturday Oct 11 worked)', () => {
    for (const d of ['2025-10-01', '2025-10-05', '2025-10-08']) expect(isWorkingDay(d), d).toBe(false);
    expect(isWorkingDay('2025-09-28')).toBe(true); // a Sunday, 调休
    expect(isWorkingDay('2025-10-11')).toBe(true); // a Saturday, 调休
    expect(isWorkingDay('2025-10-12')).toBe(false); // an ordinary Sunday
  });

  it('adds working days across 国庆 2026 (Oct 1–7 off, Saturday Oct 10 worked)', () => {
    // Raised on Wednesday 30 September with 3 working days: Thu 8, Fri 9, Sat 10 (调休).
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
  });

  it('counts a make-up Sunday before the holiday (Sunday 20 September 2026 is worked)', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true);
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20');
  });

  it('adds working days across 春节 2026 (Feb 15–23 off, Saturdays Feb 14 and 28 worked)', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-14', 1)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-24', 4)).toBe('2026-02-28');
  });

  it('gives the day itself for 0 when it is a working day, else the next working day', () => {
    expect(addWorkingDays('2026-12-02', 0)).toBe('2026-12-02');
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-08');
  });

  it('counts working days between two dates, the first not counted', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween('2026-10-10', '2026-09-30')).toBe(0);
    expect(workingDaysBetween('2026-12-01', '2026-12-01')).toBe(0);
  });

  it('refuses what is not a date or a whole number of days', () => {
    expect(() => addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => isWorkingDay('30/09/2026')).toThrow(RangeError);
  });

  it('says which years the official calendar covers', () => {
    expect(calendarKnowsYear(2026)).toBe(true);
    expect(calendarKnowsYear(1990)).toBe(false);
  });

  it('lands on a working day, exactly N working days later', () => {
    const day = fc.integer({ min: 0, max: 6 * 365 }).map((i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 40 }), (from, n) => {
      const due = addWorkingDays(from, n);
      expect(isWorkingDay(due)).toBe(true);
      expect(workingDaysBetween(from, due)).toBe(n);
      expect(nextDay(from) <= due).toBe(true);
    }), { numRuns: 200 });
  });
});
