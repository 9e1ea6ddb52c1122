import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dec } from './decimal';
import { fixedText, fx } from './fixed-point';
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
  growthShortfall,
  judgedByCompletion,
  shownGrowth,
  shownMonthValue,
  targetStatus,
  targetVerdict,
  yoyGrowth,
} from './progress';

describe('completion and time progress', () => {
  it('DOMAIN.md worked example: 12.85 % done at end of February is 3.82 pp below time progress (16.67 %)', () => {
    const completion = completionRate(fx('28.27'), fx('220'));
    expect(completion).not.toBeNull();
    if (completion === null) return;
    expect(fixedText(completion, 2)).toBe('12.85');
    const time = linearTimeProgress(2);
    expect(fixedText(time, 2)).toBe('16.67');
    const gap = progressGap(completion, time);
    expect(fixedText(gap, 2)).toBe('-3.82');
    expect(progressStatus(completion, time, 'higher')).toBe('behind');
    // The displayed figures give the same gap: 12.85 − 16.67 = −3.82.
    expect(fixedText(progressGap(fx('12.85'), time), 2)).toBe('-3.82');
  });

  it('completion rate of the 2017 Wuchang half-year investment: 163.97 of 220 亿元', () => {
    const completion = completionRate(fx('163.97'), fx('220'));
    expect(completion && fixedText(completion, 2)).toBe('74.53');
  });

  it('has no completion rate for a zero or negative target', () => {
    expect(completionRate(fx('5'), fx('0'))).toBeNull();
    expect(completionRate(fx('5'), fx('-1'))).toBeNull();
  });

  it('computes the progress ratio', () => {
    const ratio = progressRatio(fx('12.85'), linearTimeProgress(2));
    expect(ratio && fixedText(ratio, 1)).toBe('77.1');
    expect(fixedText(progressRatio(fx('50'), fx('50')))).toBe('100');
    expect(progressRatio(fx('5'), fx('0'))).toBeNull();
  });

  it('knows ahead, level and behind, in the indicator\'s direction', () => {
    expect(progressStatus(fx('51'), fx('50'), 'higher')).toBe('ahead');
    expect(progressStatus(fx('50'), fx('50'), 'higher')).toBe('level');
    expect(progressStatus(fx('49.99'), fx('50'), 'higher')).toBe('behind');
    // A ceiling used more slowly than time passes is ahead.
    expect(progressStatus(fx('45'), fx('50'), 'lower')).toBe('ahead');
    expect(progressStatus(fx('50'), fx('50'), 'lower')).toBe('level');
    expect(progressStatus(fx('55'), fx('50'), 'lower')).toBe('behind');
  });

  it('property: the direction turns ahead into behind and back', () => {
    const pct = fc.integer({ min: 0, max: 20000 }).map((n) => fx(n) / 100n);
    const flip = { ahead: 'behind', behind: 'ahead', level: 'level' } as const;
    fc.assert(fc.property(pct, pct, (c, t) => {
      expect(progressStatus(c, t, 'lower')).toBe(flip[progressStatus(c, t, 'higher')]);
    }));
  });

  it('property: gap sign agrees with status and with ratio vs 100', () => {
    const pct = fc.integer({ min: 0, max: 20000 }).map((n) => fx(n) / 100n);
    fc.assert(
      fc.property(pct, fc.integer({ min: 1, max: 12 }), (completion, month) => {
        const time = linearTimeProgress(month);
        const gap = progressGap(completion, time);
        const ratio = progressRatio(completion, time);
        const status = progressStatus(completion, time, 'higher');
        expect(status === 'behind').toBe(gap < 0n);
        expect(ratio !== null && ratio < fx(100)).toBe(status === 'behind');
      }),
    );
  });
});

describe('growth', () => {
  it('computes year-on-year growth in percent', () => {
    expect(fixedText(yoyGrowth(fx('108.1'), fx('100')))).toBe('8.1');
    expect(fixedText(yoyGrowth(fx('90'), fx('100')))).toBe('-10');
    expect(yoyGrowth(fx('5'), fx('0'))).toBeNull();
    expect(yoyGrowth(fx('5'), fx('-2'))).toBeNull();
  });

  it('shows our own growth for amounts only, and not beyond ±100,000 %', () => {
    expect(fixedText(shownGrowth('cumulative', fx('110'), fx('100')))).toBe('10');
    expect(shownGrowth('ratio', fx('3.1'), fx('3.0'))).toBeNull();
    expect(shownGrowth('count', fx('5'), fx('0'))).toBeNull();
    expect(shownGrowth('cumulative', fx('1000'), null)).toBeNull();
    expect(fixedText(shownGrowth('cumulative', fx('1001'), fx('1')))).toBe('100000');
    expect(shownGrowth('cumulative', fx('1001.01'), fx('1'))).toBeNull();
  });

  it('computes the growth gap', () => {
    expect(fixedText(growthGap(fx('8.1'), fx('9')))).toBe('-0.9');
    expect(fixedText(growthGap(fx('15.61'), fx('10')))).toBe('5.61');
  });

  it('flags reported growth that disagrees with ours beyond the tolerance (strictly)', () => {
    expect(checkReportedGrowth(fx('8.1'), fx('8.14'), fx('0.1'))).toMatchObject({ status: 'agrees' });
    expect(checkReportedGrowth(fx('8.1'), fx('8.2'), fx('0.1'))).toMatchObject({ status: 'agrees' });
    const differs = checkReportedGrowth(fx('44.7'), fx('12.3'));
    expect(differs.status).toBe('disagrees');
    if (differs.status === 'disagrees') expect(fixedText(differs.differencePp)).toBe('32.4');
    expect(checkReportedGrowth(fx('8.1'), fx('8.21'), fx('0.1')).status).toBe('disagrees');
    expect(checkReportedGrowth(fx('8.1'), fx('8.5'), fx('0.5')).status).toBe('agrees');
    expect(checkReportedGrowth(fx('8.1'), null)).toEqual({ status: 'not_computable' });
  });
});

describe('month value', () => {
  it('is the difference of two year-to-date figures', () => {
    expect(fixedText(monthValue(3, fx('130.5'), fx('80.2')))).toBe('50.3');
  });

  it('is the YTD figure itself in January', () => {
    expect(fixedText(monthValue(1, fx('40'), null))).toBe('40');
    expect(fixedText(monthValue(1, fx('40'), fx('999')))).toBe('40');
  });

  it('is unknown when last month is missing', () => {
    expect(monthValue(5, fx('40'), null)).toBeNull();
  });

  it('property: month values add up to the YTD figure', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), (monthly) => {
        const ytd: bigint[] = [];
        monthly.reduce((acc, v) => {
          const next = acc + fx(v) / 100n;
          ytd.push(next);
          return next;
        }, 0n);
        let total = 0n;
        ytd.forEach((value, i) => {
          const mv = monthValue(i + 1, value, ytd[i - 1] ?? null);
          expect(mv).toBe(fx(monthly[i] ?? 0) / 100n);
          total = total + (mv ?? 0n);
        });
        expect(total).toBe(ytd[11]);
      }),
    );
  });
});

describe('target status', () => {
  it('higher is better: growth 9 % or more', () => {
    expect(targetStatus(fx('8.1'), fx('9'), 'ge')).toMatchObject({ met: false });
    expect(targetStatus(fx('9'), fx('9'), 'ge')).toMatchObject({ met: true });
    expect(fixedText(targetStatus(fx('15.61'), fx('10'), 'ge').margin)).toBe('5.61');
  });

  it('lower is better: unemployment 控制在3.20%以内', () => {
    expect(targetStatus(fx('3.1'), fx('3.20'), 'le')).toMatchObject({ met: true });
    expect(fixedText(targetStatus(fx('3.1'), fx('3.20'), 'le').margin)).toBe('0.1');
    expect(targetStatus(fx('3.20'), fx('3.20'), 'le').met).toBe(true);
    const over = targetStatus(fx('3.35'), fx('3.20'), 'le');
    expect(over.met).toBe(false);
    expect(fixedText(over.margin)).toBe('-0.15');
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

describe('targets of every kind', () => {
  it('judges an amount target by completion only for a flow or stock held to at least an amount', () => {
    expect(judgedByCompletion('cumulative', 'ge')).toBe(true);
    expect(judgedByCompletion('stock', 'ge')).toBe(true);
    expect(judgedByCompletion('cumulative', 'le')).toBe(false);
    expect(judgedByCompletion('ratio', 'le')).toBe(false);
    expect(judgedByCompletion('ratio', 'ge')).toBe(false);
    expect(judgedByCompletion('growth_rate', 'ge')).toBe(false);
  });

  it('judges 失业率控制在3.2%以内 met or not, the boundary met', () => {
    expect(targetVerdict(fx('3.1'), fx('3.2'), 'le')).toEqual({ met: true, margin: fx('0.1') });
    expect(targetVerdict(fx('3.2'), fx('3.2'), 'le')).toEqual({ met: true, margin: 0n });
    expect(targetVerdict(fx('3.4'), fx('3.2'), 'le')).toEqual({ met: false, margin: fx('-0.2') });
  });

  it('measures a growth against its target: 增长6.5%以上 and 能耗下降3% (growth ≤ −3)', () => {
    expect(growthGap(fx('5.9'), fx('6.5'))).toBe(fx('-0.6'));
    expect(growthShortfall(fx('5.9'), fx('6.5'), 'ge')).toBe(fx('0.6'));
    expect(growthShortfall(fx('7'), fx('6.5'), 'ge')).toBe(fx('-0.5'));
    expect(growthShortfall(fx('-3.5'), fx('-3'), 'le')).toBe(fx('-0.5'));
    expect(growthShortfall(fx('-2'), fx('-3'), 'le')).toBe(fx('1'));
  });

  it('property: a growth is short of its target exactly when the target is not met', () => {
    const pct = fc.integer({ min: -5000, max: 5000 }).map((n) => fx(n) / 100n);
    fc.assert(fc.property(pct, pct, fc.constantFrom('ge', 'le') as fc.Arbitrary<'ge' | 'le'>, (growth, target, comparator) => {
      expect(growthShortfall(growth, target, comparator) > 0n).toBe(!targetVerdict(growth, target, comparator).met);
      expect(growthShortfall(growth, target, comparator)).toBe(-targetVerdict(growth, target, comparator).margin);
    }));
  });

  it('shows a month value for flows only, computed from two year-to-date figures', () => {
    expect(shownMonthValue('cumulative', 3, fx('30'), fx('18'))).toBe(fx('12'));
    expect(shownMonthValue('count', 1, fx('7'), null)).toBe(fx('7'));
    expect(shownMonthValue('cumulative', 3, fx('30'), null)).toBeNull();
    expect(shownMonthValue('ratio', 3, fx('3.1'), fx('3.0'))).toBeNull();
    expect(shownMonthValue('stock', 3, fx('30'), fx('18'))).toBeNull();
    expect(shownMonthValue('cumulative', 3, null, fx('18'))).toBeNull();
  });

  it('property: the month values of a year add up to its year-to-date figure', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 12, maxLength: 12 }), (months) => {
      let ytd = 0n;
      let total = 0n;
      let previous: bigint | null = null;
      months.forEach((m, i) => {
        ytd += BigInt(m);
        total += shownMonthValue('cumulative', i + 1, ytd, previous)!;
        previous = ytd;
      });
      expect(total).toBe(ytd);
    }));
  });
});
