import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { dec } from './decimal';
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
    expect(comparatorForDirection('higher_is_better')).toBe('gte');
    expect(comparatorForDirection('lower_is_better')).toBe('lte');
    expect(directionForComparator('lte')).toBe('lower_is_better');
  });

  it.each([
    ['全年地区生产总值计划增长9%以上', 'gte'],
    ['力争增长10%', 'gte'],
    ['不低于全市平均水平', 'gte'],
    ['城镇登记失业率控制在3.20%以内', 'lte'],
    ['城鎮登記失業率控制在3.20%以內', 'lte'],
    ['力爭增長10%', 'gte'],
    ['能耗增幅不超过2%', 'lte'],
  ])('%s → %s', (text, comparator) => {
    expect(parseComparatorWord(text)).toBe(comparator);
  });

  it('returns null when no comparator or contradictory ones are named', () => {
    expect(parseComparatorWord('完成525.69亿元')).toBeNull();
    expect(parseComparatorWord('增长9%以上，控制在12%以内')).toBeNull();
  });

  it('treats the boundary as met (以上 / 以内 are inclusive)', () => {
    expect(meetsTarget(dec('9'), dec('9'), 'gte')).toBe(true);
    expect(meetsTarget(dec('8.99'), dec('9'), 'gte')).toBe(false);
    expect(meetsTarget(dec('3.20'), dec('3.2'), 'lte')).toBe(true);
    expect(meetsTarget(dec('3.21'), dec('3.2'), 'lte')).toBe(false);
  });

  it('measures the margin on the good side', () => {
    expect(marginInDirection(dec('8.1'), dec('9'), 'higher_is_better').toFixed()).toBe('-0.9');
    expect(marginInDirection(dec('3.1'), dec('3.2'), 'lower_is_better').toFixed()).toBe('0.1');
  });

  it('property: comparing by direction is antisymmetric and reverses with the direction', () => {
    const value = fc.integer({ min: -10000, max: 10000 }).map((n) => dec(n).dividedBy(100));
    fc.assert(
      fc.property(value, value, (a, b) => {
        const high = compareByDirection(a, b, 'higher_is_better');
        expect(compareByDirection(b, a, 'higher_is_better')).toBe(-high === 0 ? 0 : -high);
        const low = compareByDirection(a, b, 'lower_is_better');
        expect(low).toBe(-high === 0 ? 0 : -high);
        expect(high === -1).toBe(a.greaterThan(b));
      }),
    );
  });
});
