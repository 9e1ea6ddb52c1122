import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, toPlainString } from '@hongtu/domain';
import { excelNumberText } from './cells';

describe('excelNumberText', () => {
  it('keeps the 15 significant digits Excel shows, without binary noise or trailing zeros', () => {
    expect(excelNumberText(0.1 + 0.2)).toBe('0.3');
    expect(excelNumberText(1350.5)).toBe('1350.5');
    expect(excelNumberText(-0)).toBe('0');
    expect(excelNumberText(12_345_678.9)).toBe('12345678.9');
    expect(excelNumberText(1e21)).toBe('1000000000000000000000');
    expect(excelNumberText(1.5e-7)).toBe('0.00000015');
  });

  it('gives exactly the decimal of toPrecision(15) for any double (fast path = exact path)', () => {
    // Any double, and the kind of values sheets hold: cents, thousandths, sums of them.
    const typical = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(1, 10, 100, 1000, 1e4, 1e6)).map(([n, d]) => n / d);
    const sums = fc.tuple(typical, typical).map(([a, b]) => a + b);
    fc.assert(fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), typical, sums), (value) => {
      expect(excelNumberText(value)).toBe(toPlainString(dec(value.toPrecision(15))));
    }), { numRuns: 20_000 });
  });
});
