import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fx } from './fixed-point';
import {
  compareByDirection,
  comparatorForDirection,
  directionForComparator,
  marginInDirection,
  meetsTarget,
  parseComparatorWord,
} from './direction';

describe('direction', () => {
  it('maps directions to comparators and back', () => {
    expect(comparatorForDirection('higher')).toBe('ge');
    expect(comparatorForDirection('lower')).toBe('le');
    expect(directionForComparator('le')).toBe('lower');
  });

  it.each([
    ['全年地区生产总值计划增长9%以上', 'ge'],
    ['力争增长10%', 'ge'],
    ['不低于全市平均水平', 'ge'],
    ['城镇登记失业率控制在3.20%以内', 'le'],
    ['城鎮登記失業率控制在3.20%以內', 'le'],
    ['力爭增長10%', 'ge'],
    ['能耗增幅不超过2%', 'le'],
    ['地区生产总值突破2000亿元', 'ge'],
    ['超过全市平均水平', 'ge'],
    ['超過全市平均水準', 'ge'],
    ['确保完成全年目标', 'ge'],
    ['確保增長6.5%', 'ge'],
    ['力争控制在3.5%以内', 'le'],
    ['城镇登记失业率力争控制在3.5%以内', 'le'],
    ['確保控制在3.2%以內', 'le'],
    ['确保不超过5%', 'le'],
    ['力争不低于8%', 'ge'],
    ['力争突破1000亿元', 'ge'],
    // What a target workbook's comparator cell holds.
    ['≥', 'ge'],
    ['≧', 'ge'],
    ['>', 'ge'],
    ['至少', 'ge'],
    ['≦', 'le'],
    ['<', 'le'],
    ['至多', 'le'],
    ['ge', 'ge'],
    ['GE', 'ge'],
    ['min', 'ge'],
    ['At least', 'ge'],
    ['atleast', 'ge'],
    ['le', 'le'],
    ['Max', 'le'],
    ['at most', 'le'],
    ['atmost', 'le'],
  ])('%s → %s', (text, comparator) => {
    expect(parseComparatorWord(text)).toBe(comparator);
  });

  it('returns null when no comparator or contradictory ones are named', () => {
    expect(parseComparatorWord('完成525.69亿元')).toBeNull();
    expect(parseComparatorWord('增长9%以上，控制在12%以内')).toBeNull();
    expect(parseComparatorWord('突破1000亿元，控制在1200亿元以内')).toBeNull();
    expect(parseComparatorWord('力争')).toBe('ge');
    // Latin words count only as whole words.
    expect(parseComparatorWord('range')).toBeNull();
    expect(parseComparatorWord('level')).toBeNull();
    expect(parseComparatorWord('大约')).toBeNull();
    expect(parseComparatorWord('')).toBeNull();
  });

  it('property: a longer word wins over the shorter word inside it, whatever surrounds it', () => {
    const filler = fc.string({ unit: fc.constantFrom(...'增长全年目标亿元%0123456789.，'), maxLength: 8 });
    fc.assert(
      fc.property(filler, filler, fc.constantFrom(['不超过', 'le'], ['超过', 'ge'], ['不低于', 'ge'], ['控制在', 'le'], ['突破', 'ge']), (before, after, [word, comparator]) => {
        expect(parseComparatorWord(`${before}${word}${after}`)).toBe(comparator);
        // An effort word in front never changes what the phrase names.
        expect(parseComparatorWord(`力争${before}${word}${after}`)).toBe(comparator);
        expect(parseComparatorWord(`确保${before}${word}${after}`)).toBe(comparator);
      }),
    );
  });

  it('treats the boundary as met (以上 / 以内 are inclusive)', () => {
    expect(meetsTarget(fx('9'), fx('9'), 'ge')).toBe(true);
    expect(meetsTarget(fx('8.99'), fx('9'), 'ge')).toBe(false);
    expect(meetsTarget(fx('3.20'), fx('3.2'), 'le')).toBe(true);
    expect(meetsTarget(fx('3.21'), fx('3.2'), 'le')).toBe(false);
  });

  it('measures the margin on the good side', () => {
    expect(marginInDirection(fx('8.1'), fx('9'), 'higher')).toBe(fx('-0.9'));
    expect(marginInDirection(fx('3.1'), fx('3.2'), 'lower')).toBe(fx('0.1'));
  });

  it('property: comparing by direction is antisymmetric and reverses with the direction', () => {
    const value = fc.integer({ min: -10000, max: 10000 }).map((n) => fx(n) / 100n);
    fc.assert(
      fc.property(value, value, (a, b) => {
        const high = compareByDirection(a, b, 'higher');
        expect(compareByDirection(b, a, 'higher')).toBe(-high === 0 ? 0 : -high);
        const low = compareByDirection(a, b, 'lower');
        expect(low).toBe(-high === 0 ? 0 : -high);
        expect(high === -1).toBe(a > b);
      }),
    );
  });
});
