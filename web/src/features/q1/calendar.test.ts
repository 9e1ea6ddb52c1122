import { describe, expect, it } from 'vitest';
import { defaultWeek, shanghaiYear } from './calendar';

describe('q1 calendar helpers', () => {
  it('takes the year in Asia/Shanghai', () => {
    expect(shanghaiYear(new Date('2025-12-31T16:30:00Z'))).toBe(2026);
    expect(shanghaiYear(new Date('2025-12-31T15:30:00Z'))).toBe(2025);
  });

  it('defaults the entry week to this week, else the last or first week of Q1', () => {
    expect(defaultWeek({ currentWeek: 5, weeksElapsed: 4 })).toBe(5);
    expect(defaultWeek({ currentWeek: null, weeksElapsed: 13 })).toBe(13);
    expect(defaultWeek({ currentWeek: null, weeksElapsed: 0 })).toBe(1);
  });
});
