import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { averageFixed, fixedText, fromDec, fromDecimalText, fx, percentOf, roundFixed, storageInt, storageText, toDec } from './fixed-point';

describe('fixed-point values', () => {
  it('reads stored amounts from either driver', () => {
    expect(storageInt(12_850_000)).toBe(12_850_000n);
    expect(storageInt('-3500000')).toBe(-3_500_000n);
    expect(storageInt('12000000.000')).toBe(12_000_000n);
    expect(storageInt(9_223_372_036_854_775_807n)).toBe(9_223_372_036_854_775_807n);
    expect(() => storageInt(2 ** 60)).toThrow();
    expect(() => storageInt('12abc')).toThrow();
  });

  it('prints stored amounts exactly and rates rounded half away from zero', () => {
    expect(storageText(12_850_000n)).toBe('12.85');
    expect(storageText(-3_500_000n)).toBe('-3.5');
    expect(storageText(5n)).toBe('0.000005');
    expect(storageText(0n)).toBe('0');
    expect(fixedText(fromDecimalText('2.345'), 2)).toBe('2.35');
    expect(fixedText(fromDecimalText('-2.345'), 2)).toBe('-2.35');
    expect(fixedText(fromDecimalText('-0.004'), 2)).toBe('0');
    expect(fixedText(percentOf(1n, 3n))).toBe('33.333333');
    expect(fixedText(percentOf(2n, 3n))).toBe('66.666667');
    expect(percentOf(1n, 0n)).toBeNull();
  });

  it('converts to and from the domain decimals', () => {
    expect(toDec(fromDec(dec('12.85'))).toString()).toBe('12.85');
    expect(fixedText(fromDec(dec(200).div(12)))).toBe('16.666667');
  });

  it('reads decimal text exactly and averages known values, truncating', () => {
    expect(fx('525.69') + fx('0.01')).toBe(fx('525.70'));
    expect(fixedText(fx('-3.82'), 2)).toBe('-3.82');
    expect(averageFixed([fx(1), null, fx(2)])).toBe(fx('1.5'));
    expect(averageFixed([null])).toBeNull();
    expect(fixedText(averageFixed([fx(1), fx(1), fx(2)]))).toBe('1.333333');
    expect(roundFixed(fx('16.666666'), 2)).toBe(fx('16.67'));
    expect(fixedText(fx(20), 2, true)).toBe('20.00');
    expect(fixedText(fx('-3.8'), 2, true)).toBe('-3.80');
    expect(fixedText(fx('-0.001'), 2, true)).toBe('0.00');
  });
});
