import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dec, round } from './decimal';
import { linearTimeProgress } from './time-progress';
import {
  checkReportedGrowth,
  completionRate,
  detectUnitSlip,
  growthGap,
  monthValue,
  progressGap,
  progressRatio,
  progressStatus,
  targetStatus,
  yoyGrowth,
} from './progress';

describe('completion and time progress', () => {
  it('DOMAIN.md worked example: 12.85 % done at end of February is 3.82 pp below time progress (16.67 %)', () => {
    const completion = completionRate(dec('28.27'), dec('220'));
    expect(completion).not.toBeNull();
    if (completion === null) return;
    expect(round(completion, 2).toFixed()).toBe('12.85');
    const time = linearTimeProgress(2);
    expect(round(time, 2).toFixed()).toBe('16.67');
    const gap = progressGap(completion, time);
    expect(round(gap, 2).toFixed()).toBe('-3.82');
    expect(progressStatus(completion, time)).toBe('behind');
    // The displayed figures give the same gap: 12.85 − 16.67 = −3.82.
    expect(progressGap(dec('12.85'), time).toDecimalPlaces(2).toFixed()).toBe('-3.82');
  });

  it('completion rate of the 2017 Wuchang half-year investment: 163.97 of 220 亿元', () => {
    const completion = completionRate(dec('163.97'), dec('220'));
    expect(completion && round(completion, 2).toFixed()).toBe('74.53');
  });

  it('has no completion rate for a zero or negative target', () => {
    expect(completionRate(dec('5'), dec('0'))).toBeNull();
    expect(completionRate(dec('5'), dec('-1'))).toBeNull();
  });

  it('computes the progress ratio', () => {
    const ratio = progressRatio(dec('12.85'), linearTimeProgress(2));
    expect(ratio && round(ratio, 1).toFixed()).toBe('77.1');
    expect(progressRatio(dec('50'), dec('50'))?.toFixed()).toBe('100');
    expect(progressRatio(dec('5'), dec('0'))).toBeNull();
  });

  it('knows ahead, level and behind', () => {
    expect(progressStatus(dec('51'), dec('50'))).toBe('ahead');
    expect(progressStatus(dec('50'), dec('50'))).toBe('level');
    expect(progressStatus(dec('49.99'), dec('50'))).toBe('behind');
  });

  it('property: gap sign agrees with status and with ratio vs 100', () => {
    const pct = fc.integer({ min: 0, max: 20000 }).map((n) => dec(n).dividedBy(100));
    fc.assert(
      fc.property(pct, fc.integer({ min: 1, max: 12 }), (completion, month) => {
        const time = linearTimeProgress(month);
        const gap = progressGap(completion, time);
        const ratio = progressRatio(completion, time);
        const status = progressStatus(completion, time);
        expect(status === 'behind').toBe(gap.isNegative() && !gap.isZero());
        expect(ratio !== null && ratio.lessThan(100)).toBe(status === 'behind');
      }),
    );
  });
});

describe('growth', () => {
  it('computes year-on-year growth in percent', () => {
    expect(yoyGrowth(dec('108.1'), dec('100'))?.toFixed()).toBe('8.1');
    expect(yoyGrowth(dec('90'), dec('100'))?.toFixed()).toBe('-10');
    expect(yoyGrowth(dec('5'), dec('0'))).toBeNull();
    expect(yoyGrowth(dec('5'), dec('-2'))).toBeNull();
  });

  it('computes the growth gap', () => {
    expect(growthGap(dec('8.1'), dec('9')).toFixed()).toBe('-0.9');
    expect(growthGap(dec('15.61'), dec('10')).toFixed()).toBe('5.61');
  });

  it('flags reported growth that disagrees with ours beyond the tolerance (strictly)', () => {
    expect(checkReportedGrowth(dec('8.1'), dec('8.14'))).toMatchObject({ status: 'agrees' });
    expect(checkReportedGrowth(dec('8.1'), dec('8.2'))).toMatchObject({ status: 'agrees' });
    const differs = checkReportedGrowth(dec('44.7'), dec('12.3'));
    expect(differs.status).toBe('disagrees');
    if (differs.status === 'disagrees') expect(differs.differencePp.toFixed()).toBe('32.4');
    expect(checkReportedGrowth(dec('8.1'), dec('8.21')).status).toBe('disagrees');
    expect(checkReportedGrowth(dec('8.1'), dec('8.5'), dec('0.5')).status).toBe('agrees');
    expect(checkReportedGrowth(dec('8.1'), null)).toEqual({ status: 'not_computable' });
  });
});

describe('month value', () => {
  it('is the difference of two year-to-date figures', () => {
    expect(monthValue(3, dec('130.5'), dec('80.2'))?.toFixed()).toBe('50.3');
  });

  it('is the YTD figure itself in January', () => {
    expect(monthValue(1, dec('40'), null)?.toFixed()).toBe('40');
    expect(monthValue(1, dec('40'), dec('999'))?.toFixed()).toBe('40');
  });

  it('is unknown when last month is missing', () => {
    expect(monthValue(5, dec('40'), null)).toBeNull();
  });

  it('property: month values add up to the YTD figure', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), (monthly) => {
        const ytd: ReturnType<typeof dec>[] = [];
        monthly.reduce((acc, v) => {
          const next = acc.plus(dec(v).dividedBy(100));
          ytd.push(next);
          return next;
        }, dec(0));
        let total = dec(0);
        ytd.forEach((value, i) => {
          const mv = monthValue(i + 1, value, ytd[i - 1] ?? null);
          expect(mv?.equals(dec(monthly[i] ?? 0).dividedBy(100))).toBe(true);
          total = total.plus(mv ?? 0);
        });
        expect(total.equals(ytd[11] ?? dec(-1))).toBe(true);
      }),
    );
  });
});

describe('target status', () => {
  it('higher is better: growth 9 % or more', () => {
    expect(targetStatus(dec('8.1'), dec('9'), 'gte')).toMatchObject({ met: false });
    expect(targetStatus(dec('9'), dec('9'), 'gte')).toMatchObject({ met: true });
    expect(targetStatus(dec('15.61'), dec('10'), 'gte').margin.toFixed()).toBe('5.61');
  });

  it('lower is better: unemployment 控制在3.20%以内', () => {
    expect(targetStatus(dec('3.1'), dec('3.20'), 'lte')).toMatchObject({ met: true });
    expect(targetStatus(dec('3.1'), dec('3.20'), 'lte').margin.toFixed()).toBe('0.1');
    expect(targetStatus(dec('3.20'), dec('3.20'), 'lte').met).toBe(true);
    const over = targetStatus(dec('3.35'), dec('3.20'), 'lte');
    expect(over.met).toBe(false);
    expect(over.margin.toFixed()).toBe('-0.15');
  });
});

describe('unit slip', () => {
  it('suspects a value 10^4 times last month (typed in 万元 for 亿元)', () => {
    const slip = detectUnitSlip(dec('1639700'), { lastMonth: dec('150.2') });
    expect(slip).toMatchObject({ kind: 'ten_thousand_times', against: 'last_month' });
  });

  it('suspects a value 10^-4 of last year (typed in 亿元 for 万元)', () => {
    expect(detectUnitSlip(dec('16.4'), { lastMonth: null, lastYear: dec('150000') })).toMatchObject({
      kind: 'ten_thousandth',
      against: 'last_year',
    });
  });

  it('does not suspect ordinary growth, or non-positive figures', () => {
    expect(detectUnitSlip(dec('163.97'), { lastMonth: dec('80'), lastYear: dec('141.8') })).toEqual({ kind: 'none' });
    expect(detectUnitSlip(dec('300'), { lastMonth: dec('1') })).toEqual({ kind: 'none' });
    expect(detectUnitSlip(dec('-10000'), { lastMonth: dec('-1') })).toEqual({ kind: 'none' });
    expect(detectUnitSlip(dec('10000'), {})).toEqual({ kind: 'none' });
  });

  it('honours the band: 2000× is suspicious with the default band of 5, not with 4', () => {
    expect(detectUnitSlip(dec('2000'), { lastMonth: dec('1') }).kind).toBe('ten_thousand_times');
    expect(detectUnitSlip(dec('1999'), { lastMonth: dec('1') }).kind).toBe('none');
    expect(detectUnitSlip(dec('2000'), { lastMonth: dec('1') }, dec(4)).kind).toBe('none');
  });
});
