import { describe, expect, it } from 'vitest';
import { currentWeek, monthEnd, q1WeekEnds, shanghaiDate, weeksElapsed } from './q1.calendar';

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
    expect(weeksElapsed(2026, '2026-01-03')).toBe(0);
    expect(weeksElapsed(2026, '2026-01-04')).toBe(1);
    expect(weeksElapsed(2026, '2026-11-22')).toBe(13);
    expect(weeksElapsed(2027, '2026-11-22')).toBe(0);
    expect(currentWeek(2026, '2026-01-05')).toBe(2);
    expect(currentWeek(2026, '2026-03-30')).toBe(13);
    expect(currentWeek(2026, '2026-04-01')).toBeNull();
    expect(monthEnd(2024, 2)).toBe('2024-02-29');
  });
});
