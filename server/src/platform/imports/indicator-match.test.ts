import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromScaled, toScaled, UNIT_CODES } from '@hongtu/domain';
import { toIndicatorUnit, toIndicatorUnitScaled } from './indicator-match';

describe('toIndicatorUnitScaled', () => {
  it('converts, and refuses, exactly as toIndicatorUnit does on the same value', () => {
    const scaled = fc.oneof(fc.bigInt({ min: -(2n ** 63n) + 1n, max: 2n ** 63n - 1n }), fc.bigInt({ min: -1_000_000_000n, max: 1_000_000_000n }),
      fc.integer({ min: -1000, max: 1000 }).map((n) => BigInt(n) * 10_000n));
    const unit = fc.constantFrom(...UNIT_CODES);
    fc.assert(fc.property(scaled, fc.option(unit, { nil: null }), unit, fc.constantFrom('zh-CN', 'en') as fc.Arbitrary<'zh-CN' | 'en'>, (value, from, to, locale) => {
      const expected: unknown[] = [];
      const actual: unknown[] = [];
      const exact = toIndicatorUnit(fromScaled(value), from, { unit: to }, locale, (code, params) => expected.push([code, params]));
      const fast = toIndicatorUnitScaled(value, from, { unit: to }, locale, (code, params) => actual.push([code, params]));
      expect(fast).toBe(exact === null ? null : toScaled(exact));
      expect(actual).toEqual(expected);
    }), { numRuns: 20_000 });
  });
});
