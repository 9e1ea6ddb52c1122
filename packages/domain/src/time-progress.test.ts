import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Dec, dec, round } from './decimal';
import {
  InvalidScheduleError,
  linearTimeProgress,
  makeSchedule,
  timeProgress,
  validateSchedule,
  type ProgressSchedule,
} from './time-progress';

const months = fc.integer({ min: 1, max: 12 });

/** A valid random schedule: sorted cumulative values that end at 100. */
function scheduleArb(kind: ProgressSchedule['kind']): fc.Arbitrary<ProgressSchedule> {
  const length = kind === 'monthly' ? 12 : 4;
  return fc
    .array(fc.integer({ min: 0, max: 10000 }), { minLength: length - 1, maxLength: length - 1 })
    .map((raw) => {
      const sorted = [...raw].sort((a, b) => a - b).map((v) => dec(v).dividedBy(100));
      return { kind, cumulative: [...sorted, dec(100)] };
    });
}

describe('linear time progress', () => {
  it('February is 16.67 % with two decimals, and kept exact inside', () => {
    const feb = linearTimeProgress(2);
    expect(round(feb, 2).toFixed()).toBe('16.67');
    expect(feb.toFixed().startsWith('16.666666666')).toBe(true);
  });

  it('June is 50 %, December 100 %', () => {
    expect(linearTimeProgress(6).toFixed()).toBe('50');
    expect(linearTimeProgress(12).toFixed()).toBe('100');
    expect(linearTimeProgress(9).toFixed()).toBe('75');
  });

  it('refuses months outside 1..12', () => {
    expect(() => linearTimeProgress(0)).toThrow(RangeError);
    expect(() => linearTimeProgress(13)).toThrow(RangeError);
  });

  it('property: strictly increasing with the month', () => {
    fc.assert(
      fc.property(months, months, (a, b) => {
        fc.pre(a < b);
        expect(linearTimeProgress(a).lessThan(linearTimeProgress(b))).toBe(true);
      }),
    );
  });
});

describe('schedules', () => {
  const q1Push: ProgressSchedule = { kind: 'quarterly', cumulative: ['30', '55', '80', '100'].map((v) => dec(v)) };

  it('a monthly schedule replaces the linear progress', () => {
    const cumulative = ['5', '12', '30', '38', '46', '55', '62', '70', '80', '87', '94', '100'].map((v) => dec(v));
    const schedule: ProgressSchedule = { kind: 'monthly', cumulative };
    expect(timeProgress(2, schedule).toFixed()).toBe('12');
    expect(timeProgress(12, schedule).toFixed()).toBe('100');
  });

  it('a quarterly schedule is interpolated inside each quarter', () => {
    expect(timeProgress(1, q1Push).toFixed()).toBe('10');
    expect(timeProgress(2, q1Push).toFixed()).toBe('20');
    expect(timeProgress(3, q1Push).toFixed()).toBe('30');
    expect(round(timeProgress(4, q1Push), 4).toFixed()).toBe('38.3333');
    expect(timeProgress(6, q1Push).toFixed()).toBe('55');
    expect(timeProgress(12, q1Push).toFixed()).toBe('100');
  });

  it('without a schedule, falls back to linear', () => {
    expect(timeProgress(6).toFixed()).toBe('50');
    expect(timeProgress(6, null).toFixed()).toBe('50');
  });

  it('validates schedules', () => {
    expect(validateSchedule(q1Push)).toEqual([]);
    expect(validateSchedule({ kind: 'quarterly', cumulative: [dec(50), dec(100)] })).toEqual([
      { code: 'wrong_length', expected: 4, actual: 2 },
    ]);
    const bad: ProgressSchedule = { kind: 'quarterly', cumulative: ['-1', '60', '50', '99'].map((v) => dec(v)) };
    expect(validateSchedule(bad)).toEqual([
      { code: 'negative', index: 0 },
      { code: 'decreasing', index: 2 },
      { code: 'not_ending_at_100' },
    ]);
    const over: ProgressSchedule = { kind: 'quarterly', cumulative: ['30', '120', '120', '100'].map((v) => dec(v)) };
    expect(validateSchedule(over).map((i) => i.code)).toEqual(['above_100', 'above_100', 'decreasing']);
  });

  it('refuses to use an invalid schedule', () => {
    expect(() => timeProgress(3, { kind: 'quarterly', cumulative: ['30', '20', '80', '100'].map((v) => dec(v)) })).toThrow(
      InvalidScheduleError,
    );
  });

  it('builds schedules from form values', () => {
    const made = makeSchedule('quarterly', [30, '55', 80, 100]);
    expect(made.ok).toBe(true);
    const refused = makeSchedule('quarterly', [30, 55, 80, 90]);
    expect(refused).toEqual({ ok: false, issues: [{ code: 'not_ending_at_100' }] });
  });

  it('property: any valid schedule gives non-decreasing progress ending at 100', () => {
    fc.assert(
      fc.property(fc.oneof(scheduleArb('monthly'), scheduleArb('quarterly')), (schedule) => {
        expect(validateSchedule(schedule)).toEqual([]);
        let previous: Dec = dec(0);
        for (let m = 1; m <= 12; m += 1) {
          const current = timeProgress(m, schedule);
          expect(current.greaterThanOrEqualTo(previous)).toBe(true);
          previous = current;
        }
        expect(previous.toFixed()).toBe('100');
      }),
    );
  });

  it('property: a linear schedule written out equals the linear progress', () => {
    const linear: ProgressSchedule = { kind: 'quarterly', cumulative: ['25', '50', '75', '100'].map((v) => dec(v)) };
    fc.assert(
      fc.property(months, (m) => {
        expect(timeProgress(m, linear).equals(linearTimeProgress(m))).toBe(true);
      }),
    );
  });
});
