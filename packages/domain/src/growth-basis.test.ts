import { describe, expect, it } from 'vitest';
import { fixedText, fx } from './fixed-point';
import { INDICATOR_KINDS } from './indicator-kinds';
import {
  GROWTH_BASES,
  amountOptional,
  checksReportedGrowth,
  computedGrowths,
  growthInUse,
  needsComparableReason,
  rateRequired,
  takesComparableBasis,
} from './growth-basis';

const amount = (v: string) => fx(v);

describe('growth basis', () => {
  it('real growth is reported: the amount is optional, the rate required, and no check compares it with the amounts', () => {
    expect(amountOptional('reported_real')).toBe(true);
    expect(rateRequired('reported_real')).toBe(true);
    expect(amountOptional('amounts')).toBe(false);
    expect(rateRequired('amounts')).toBe(false);
    expect(INDICATOR_KINDS.filter((k) => checksReportedGrowth(k, 'reported_real'))).toEqual([]);
    expect(INDICATOR_KINDS.filter((k) => checksReportedGrowth(k, 'amounts'))).toEqual(['cumulative', 'count', 'stock']);
    expect(GROWTH_BASES.filter((b) => takesComparableBasis('cumulative', b))).toEqual(['amounts']);
    expect(takesComparableBasis('ratio', 'amounts')).toBe(false);
  });

  it('computes no growth of its own for real growth or levels', () => {
    expect(computedGrowths('cumulative', 'reported_real', amount('110'), amount('100'), null)).toEqual({ natural: null, comparable: null, used: null, usedBase: null });
    expect(computedGrowths('ratio', 'amounts', amount('3.1'), amount('3.0'), null).used).toBeNull();
  });

  it('uses the adjusted base when one is given and says so, keeping the natural growth beside it', () => {
    const plain = computedGrowths('cumulative', 'amounts', amount('110'), amount('100'), null);
    expect(fixedText(plain.used!)).toBe('10');
    expect(plain.usedBase).toBe('last_year');
    expect(plain.comparable).toBeNull();
    const adjusted = computedGrowths('cumulative', 'amounts', amount('110'), amount('100'), amount('88'));
    expect(fixedText(adjusted.natural!)).toBe('10');
    expect(fixedText(adjusted.comparable!)).toBe('25');
    expect(adjusted.used).toBe(adjusted.comparable);
    expect(adjusted.usedBase).toBe('adjusted');
  });

  it('a base of zero gives no growth on that basis', () => {
    expect(computedGrowths('cumulative', 'amounts', amount('5'), amount('100'), amount('0'))).toMatchObject({ comparable: null, used: null, usedBase: null });
  });

  it('requires a reason as soon as an adjusted base or a comparable growth is given', () => {
    expect(needsComparableReason(null, null)).toBe(false);
    expect(needsComparableReason(undefined, undefined)).toBe(false);
    expect(needsComparableReason(amount('1'), null)).toBe(true);
    expect(needsComparableReason(null, '5.1')).toBe(true);
  });

  it('takes the comparable basis before the natural one, and the reported growth before ours', () => {
    const computed = computedGrowths('cumulative', 'amounts', amount('110'), amount('100'), amount('88'));
    expect(growthInUse('amounts', { reported: fx('9'), reportedComparable: fx('24.9'), computed })).toBe(fx('24.9'));
    expect(growthInUse('amounts', { reported: fx('9'), reportedComparable: null, computed })).toBe(computed.comparable);
    const natural = computedGrowths('cumulative', 'amounts', amount('110'), amount('100'), null);
    expect(growthInUse('amounts', { reported: fx('9'), reportedComparable: null, computed: natural })).toBe(fx('9'));
    expect(growthInUse('amounts', { reported: null, reportedComparable: null, computed: natural })).toBe(natural.natural);
    expect(growthInUse('reported_real', { reported: fx('4.5'), reportedComparable: null, computed: natural })).toBe(fx('4.5'));
    expect(growthInUse('reported_real', { reported: null, reportedComparable: null, computed: natural })).toBeNull();
  });
});
