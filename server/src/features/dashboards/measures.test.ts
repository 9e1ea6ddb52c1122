import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, fixedText, fromScaled, fromStorage, linearTimeProgress, round, toPlainString, type Dec } from '@hongtu/domain';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';
import { measureCell, rankValues } from './measures';

const gdp = indicator(1, 'gdp');
const wuchang = org(6, '武昌区');
/** The same formulas in 40-digit decimal arithmetic: an independent oracle for the fixed-point engine. */
const decimalText = (value: Dec | null) => (value === null ? null : toPlainString(round(value, 6)));

describe('measureCell', () => {
  it('computes the DOMAIN.md example exactly: 12.85 % at end of February = 3.82 pp below time progress', () => {
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '12.85')], targets: [target(6, 1, '100')] });
    const cell = measureCell(index, gdp, 6, 2026, 2);
    expect(fixedText(cell.completion)).toBe('12.85');
    expect(fixedText(cell.timeProgress)).toBe('16.666667');
    expect(fixedText(cell.progressGap)).toBe('-3.816667');
    expect(fixedText(cell.progressGap, 2)).toBe('-3.82');
  });

  it('replaces linear time progress with the target schedule (quarterly, interpolated inside the quarter)', () => {
    const schedule = { kind: 'quarterly' as const, shares: ['30', '50', '75', '100'] };
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '12.85')], targets: [target(6, 1, '100', schedule)] });
    const cell = measureCell(index, gdp, 6, 2026, 2);
    expect(fixedText(cell.timeProgress)).toBe('20');
    expect(fixedText(cell.progressGap)).toBe('-7.15');
  });

  it('computes growth from last year, keeps the reported one and flags a disagreement beyond 0.5 pp', () => {
    const figures = [fig(6, 1, 2026, 2, '110', '12'), fig(6, 1, 2025, 2, '100')];
    const cell = measureCell(dataset({ universe: [wuchang], indicators: [gdp], figures }), gdp, 6, 2026, 2);
    expect(fixedText(cell.yoy)).toBe('10');
    expect(fixedText(cell.growth)).toBe('12');
    expect(cell.yoyMismatch).toBe(true);
    const close = measureCell(dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '110', '10.4'), fig(6, 1, 2025, 2, '100')] }), gdp, 6, 2026, 2);
    expect(close.yoyMismatch).toBe(false);
    expect(close.completion).toBeNull();
  });

  it('gives levels (rates) neither completion nor computed growth', () => {
    const rate = indicator(2, 'registered_unemployment_rate', { kind: 'ratio', direction: 'lower', unit: 'percent' });
    const index = dataset({ universe: [wuchang], indicators: [rate], figures: [fig(6, 2, 2026, 2, '3.1'), fig(6, 2, 2025, 2, '3.0')], targets: [target(6, 2, '3.2')] });
    const cell = measureCell(index, rate, 6, 2026, 2);
    expect([cell.completion, cell.yoy, cell.progressGap]).toEqual([null, null, null]);
  });

  it('judges every kind of target: a ceiling met or not, a growth target by its gap, the month value computed', () => {
    const rate = indicator(2, 'registered_unemployment_rate', { kind: 'ratio', direction: 'lower', unit: 'percent' });
    const over = measureCell(dataset({ universe: [wuchang], indicators: [rate], figures: [fig(6, 2, 2026, 2, '3.3')], targets: [target(6, 2, '3.2', null, { amountComparator: 'le' })] }), rate, 6, 2026, 2);
    expect([over.byCompletion, over.completion, over.amountMet, over.monthValue]).toEqual([false, null, false, null]);
    const at = measureCell(dataset({ universe: [wuchang], indicators: [rate], figures: [fig(6, 2, 2026, 2, '3.2')], targets: [target(6, 2, '3.2', null, { amountComparator: 'le' })] }), rate, 6, 2026, 2);
    expect(at.amountMet).toBe(true);
    // 增长6.5%以上 against a reported 5.9 %: 0.6 pp short.
    const figures = [fig(6, 1, 2026, 1, '5'), fig(6, 1, 2026, 2, '12.85', '5.9')];
    const growth = measureCell(dataset({ universe: [wuchang], indicators: [gdp], figures, targets: [target(6, 1, '100', null, { growth: '6.5' })] }), gdp, 6, 2026, 2);
    expect([fixedText(growth.growthGap), growth.growthMet, growth.amountMet, fixedText(growth.completion)]).toEqual(['-0.6', false, null, '12.85']);
    expect(growth.monthValue).toBe(7_850_000n);
    // A decline target (能耗下降3%: growth ≤ −3) met by −3.5 %.
    const decline = measureCell(dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '10', '-3.5')], targets: [target(6, 1, null, null, { growth: '-3', growthComparator: 'le' })] }), gdp, 6, 2026, 2);
    expect([fixedText(decline.growthGap), decline.growthMet]).toEqual(['-0.5', true]);
  });

  it('weighs a reported growth with the base it implies, a computed one with last year\'s figure', () => {
    const reported = measureCell(dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '110', '10')] }), gdp, 6, 2026, 2);
    expect(fixedText(reported.growthBase)).toBe('100');
    const computed = measureCell(dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '110'), fig(6, 1, 2025, 2, '88')] }), gdp, 6, 2026, 2);
    expect([fixedText(computed.growth), fixedText(computed.growthBase)]).toEqual(['25', '88']);
  });

  const amount = fc.integer({ min: -5_000_000_000, max: 5_000_000_000_000 });
  const positive = fc.integer({ min: 1, max: 5_000_000_000_000 });

  it('property: agrees with the formulas computed in decimal arithmetic', () => {
    const shares = fc.array(fc.integer({ min: 0, max: 100_000_000 }), { minLength: 3, maxLength: 3 }).map((xs) => {
      const sorted = [...xs].sort((a, b) => a - b).map((x) => toPlainString(dec(x).div(1_000_000)));
      return [...sorted, '100'];
    });
    fc.assert(fc.property(amount, positive, amount, fc.integer({ min: 1, max: 12 }), fc.option(shares), (ytd, tgt, lastYear, month, quarterly) => {
      const text = (n: number) => toPlainString(fromScaled(n));
      const schedule = quarterly ? { kind: 'quarterly' as const, shares: quarterly } : null;
      const index = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, month, text(ytd)), fig(6, 1, 2025, month, text(lastYear))], targets: [target(6, 1, text(tgt), schedule)] });
      const cell = measureCell(index, gdp, 6, 2026, month);
      let tp = dec(month).times(100).div(12);
      if (quarterly) {
        const q = Math.ceil(month / 3) - 1;
        const start = dec(quarterly[q - 1] ?? 0);
        tp = start.plus(dec(quarterly[q] ?? 0).minus(start).times(month - q * 3).div(3));
      }
      const completion = fromScaled(ytd).times(100).div(fromScaled(tgt));
      expect(fixedText(cell.timeProgress)).toBe(decimalText(tp));
      expect(fixedText(cell.completion)).toBe(decimalText(completion));
      expect(fixedText(cell.progressGap)).toBe(decimalText(completion.minus(tp)));
      // Beyond ±100,000 % a computed growth is a slip in the figures, not growth: none is shown.
      const growth = lastYear <= 0 ? null : fromScaled(ytd).minus(fromScaled(lastYear)).times(100).div(fromScaled(lastYear));
      expect(fixedText(cell.yoy)).toBe(growth === null || growth.abs().greaterThan(100_000) ? null : decimalText(growth));
    }), { numRuns: 300 });
    expect(fixedText(linearTimeProgress(2))).toBe('16.666667');
  });
});

describe('rankValues', () => {
  it('lets ties share a rank and ranks lower-is-better ascending', () => {
    const entries = [
      { organisationId: 1, value: fromStorage(5_000_000n) },
      { organisationId: 2, value: fromStorage(7_000_000n) },
      { organisationId: 3, value: fromStorage(7_000_000n) },
      { organisationId: 4, value: null },
    ];
    const higher = rankValues(entries, 'higher');
    expect([1, 2, 3, 4].map((id) => higher.ranks.get(id))).toEqual([3, 1, 1, null]);
    const lower = rankValues(entries, 'lower');
    expect([1, 2, 3, 4].map((id) => lower.ranks.get(id))).toEqual([1, 2, 2, null]);
    expect(fixedText(lower.average)).toBe('6.333333');
  });

  it('property: rank = 1 + number strictly better, the mean as average, the side of the mean', () => {
    const value = fc.option(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((n) => n - (n % 3)), { nil: null });
    fc.assert(fc.property(fc.array(value, { maxLength: 40 }), fc.boolean(), (values, higher) => {
      const direction = higher ? 'higher' : 'lower';
      const ours = rankValues(values.map((v, i) => ({ organisationId: i, value: v === null ? null : fromStorage(BigInt(v)) })), direction);
      const known = values.filter((v): v is number => v !== null);
      const mean = known.length === 0 ? null : known.reduce((s, v) => s.plus(fromScaled(v)), dec(0)).div(known.length);
      values.forEach((v, id) => {
        if (v === null) return expect(ours.ranks.get(id)).toBeNull();
        expect(ours.ranks.get(id)).toBe(1 + known.filter((o) => (higher ? o > v : o < v)).length);
        const side = fromScaled(v).comparedTo(mean!);
        expect(ours.vsAverage.get(id)).toEqual({ above: side > 0 ? 'above' : side < 0 ? 'below' : 'equal', better: higher ? side > 0 : side < 0 });
      });
      expect(fixedText(ours.average)).toBe(decimalText(mean));
    }), { numRuns: 300 });
  });
});
