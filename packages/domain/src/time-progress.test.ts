import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Fixed, fixedText, fx, toDec } from './fixed-point';
import {
  InvalidScheduleError,
  linearTimeProgress,
  linearShares,
  makeSchedule,
  q1Share,
  scheduleFromShares,
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
      const sorted = [...raw].sort((a, b) => a - b).map((v) => fx(v) / 100n);
      return { kind, cumulative: [...sorted, fx(100)] };
    });
}

describe('linear time progress', () => {
  it('February is 16.67 % with two decimals, and kept exact inside', () => {
    const feb = linearTimeProgress(2);
    expect(fixedText(feb, 2)).toBe('16.67');
    expect(toDec(feb).toFixed().startsWith('16.666666666')).toBe(true);
  });

  it('June is 50 %, December 100 %', () => {
    expect(fixedText(linearTimeProgress(6))).toBe('50');
    expect(fixedText(linearTimeProgress(12))).toBe('100');
    expect(fixedText(linearTimeProgress(9))).toBe('75');
  });

  it('refuses months outside 1..12', () => {
    expect(() => linearTimeProgress(0)).toThrow(RangeError);
    expect(() => linearTimeProgress(13)).toThrow(RangeError);
  });

  it('property: strictly increasing with the month', () => {
    fc.assert(
      fc.property(months, months, (a, b) => {
        fc.pre(a < b);
        expect(linearTimeProgress(a) < linearTimeProgress(b)).toBe(true);
      }),
    );
  });
});

describe('schedules', () => {
  const q1Push: ProgressSchedule = { kind: 'quarterly', cumulative: ['30', '55', '80', '100'].map((v) => fx(v)) };

  it('a monthly schedule replaces the linear progress', () => {
    const cumulative = ['5', '12', '30', '38', '46', '55', '62', '70', '80', '87', '94', '100'].map((v) => fx(v));
    const schedule: ProgressSchedule = { kind: 'monthly', cumulative };
    expect(fixedText(timeProgress(2, schedule))).toBe('12');
    expect(fixedText(timeProgress(12, schedule))).toBe('100');
  });

  it('a quarterly schedule is interpolated inside each quarter', () => {
    expect(fixedText(timeProgress(1, q1Push))).toBe('10');
    expect(fixedText(timeProgress(2, q1Push))).toBe('20');
    expect(fixedText(timeProgress(3, q1Push))).toBe('30');
    expect(fixedText(timeProgress(4, q1Push), 4)).toBe('38.3333');
    expect(fixedText(timeProgress(6, q1Push))).toBe('55');
    expect(fixedText(timeProgress(12, q1Push))).toBe('100');
  });

  it('without a schedule, falls back to linear', () => {
    expect(fixedText(timeProgress(6))).toBe('50');
    expect(fixedText(timeProgress(6, null))).toBe('50');
  });

  it('validates schedules', () => {
    expect(validateSchedule(q1Push)).toEqual([]);
    expect(validateSchedule({ kind: 'quarterly', cumulative: [fx(50), fx(100)] })).toEqual([
      { code: 'wrong_length', expected: 4, actual: 2 },
    ]);
    const bad: ProgressSchedule = { kind: 'quarterly', cumulative: ['-1', '60', '50', '99'].map((v) => fx(v)) };
    expect(validateSchedule(bad)).toEqual([
      { code: 'negative', index: 0 },
      { code: 'decreasing', index: 2 },
      { code: 'not_ending_at_100' },
    ]);
    const over: ProgressSchedule = { kind: 'quarterly', cumulative: ['30', '120', '120', '100'].map((v) => fx(v)) };
    expect(validateSchedule(over).map((i) => i.code)).toEqual(['above_100', 'above_100', 'decreasing']);
  });

  it('refuses to use an invalid schedule', () => {
    expect(() => timeProgress(3, { kind: 'quarterly', cumulative: ['30', '20', '80', '100'].map((v) => fx(v)) })).toThrow(
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
        let previous: Fixed = 0n;
        for (let m = 1; m <= 12; m += 1) {
          const current = timeProgress(m, schedule);
          expect(current >= previous).toBe(true);
          previous = current;
        }
        expect(fixedText(previous)).toBe('100');
      }),
    );
  });

  it('property: a linear schedule written out equals the linear progress', () => {
    const linear: ProgressSchedule = { kind: 'quarterly', cumulative: ['25', '50', '75', '100'].map((v) => fx(v)) };
    fc.assert(
      fc.property(months, (m) => {
        expect(timeProgress(m, linear)).toBe(linearTimeProgress(m));
      }),
    );
  });
});

describe('Q1 share and stored schedules', () => {
  it('is the March value of a schedule, else a quarter of the year', () => {
    expect(fixedText(q1Share(null))).toBe('25');
    expect(fixedText(q1Share(scheduleFromShares({ kind: 'quarterly', shares: ['30', '55', '80', '100'] })))).toBe('30');
    expect(fixedText(q1Share(scheduleFromShares({ kind: 'monthly', shares: ['5', '12', '28', '38', '46', '55', '62', '70', '80', '87', '94', '100'] })))).toBe('28');
  });

  it('falls back to linear for a stored schedule that no longer validates', () => {
    expect(scheduleFromShares({ kind: 'quarterly', shares: ['30', '20', '80', '100'] })).toBeNull();
    expect(linearShares('quarterly')).toEqual(['25', '50', '75', '100']);
    expect(linearShares('monthly').slice(0, 2)).toEqual(['8.33', '16.67']);
  });
});
