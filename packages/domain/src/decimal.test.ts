import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  SCALE,
  DecimalInputError,
  DecimalRangeError,
  DivisionByZeroError,
  add,
  compare,
  dec,
  div,
  fromScaled,
  mul,
  round,
  sub,
  sum,
  toPlainString,
  toScaled,
} from './decimal';

/** Arbitrary decimal string with at most 6 decimals and at most 12 integer digits (fits int64 scaled). */
const storableDecimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 999_999_999_999n }), fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([negative, whole, fraction, places]) => {
    const frac = places === 0 ? '' : '.' + String(fraction).padStart(6, '0').slice(0, places);
    return `${negative ? '-' : ''}${whole}${frac}`;
  });

describe('dec', () => {
  it('reads numbers through their shortest string form', () => {
    expect(dec(0.1).toFixed()).toBe('0.1');
    expect(add(0.1, 0.2).toFixed()).toBe('0.3');
  });

  it('accepts bigint and trims strings', () => {
    expect(dec(12345678901234567890n).toFixed()).toBe('12345678901234567890');
    expect(dec(' 42.5 ').toFixed()).toBe('42.5');
  });

  it('refuses non-finite and non-decimal input with a typed error', () => {
    expect(() => dec(Number.NaN)).toThrow(DecimalInputError);
    expect(() => dec(Number.POSITIVE_INFINITY)).toThrow(DecimalInputError);
    expect(() => dec('Infinity')).toThrow(DecimalInputError);
    expect(() => dec('0x1F')).toThrow(DecimalInputError);
    expect(() => dec('12abc')).toThrow(DecimalInputError);
    expect(() => dec('')).toThrow(DecimalInputError);
  });
});

describe('arithmetic', () => {
  it('525.69 + 0.01 = 525.70 exactly (DOMAIN.md)', () => {
    const total = add('525.69', '0.01');
    expect(total.equals(dec('525.70'))).toBe(true);
    expect(toPlainString(total, 2)).toBe('525.70');
    expect(toPlainString(total)).toBe('525.7');
  });

  it('subtracts and multiplies exactly', () => {
    expect(sub('163.97', '0.07').toFixed()).toBe('163.9');
    expect(mul('1.1', '1.1').toFixed()).toBe('1.21');
  });

  it('divides with 40 significant digits, or to explicit places', () => {
    expect(div(1, 3).toFixed()).toBe('0.' + '3'.repeat(40));
    expect(div(2, 3, { places: 2 }).toFixed()).toBe('0.67');
    expect(div(2, 3, { places: 2, rounding: 'down' }).toFixed()).toBe('0.66');
    expect(div(1, 8, { places: 2, rounding: 'half_even' }).toFixed()).toBe('0.12');
  });

  it('operations round half-up at the 40th significant digit', () => {
    // 41 significant digits ending in 5 after an even digit: half-up goes up, half-even would not.
    expect(mul('0.12345678901234567890123456789012345678925', 1).toFixed()).toBe('0.1234567890123456789012345678901234567893');
  });

  it('refuses division by zero', () => {
    expect(() => div(1, 0)).toThrow(DivisionByZeroError);
  });

  it('rounds half away from zero like Chinese statistics', () => {
    expect(round('2.345', 2).toFixed()).toBe('2.35');
    expect(round('-2.345', 2).toFixed()).toBe('-2.35');
    expect(round('16.6666', 2).toFixed()).toBe('16.67');
    expect(round('2.344', 2).toFixed()).toBe('2.34');
  });

  it('sums a list and an empty list', () => {
    expect(sum(['0.1', '0.2', 0.3]).toFixed()).toBe('0.6');
    expect(sum([]).toFixed()).toBe('0');
  });

  it('compares', () => {
    expect(compare('1.10', '1.1')).toBe(0);
    expect(compare('1', '2')).toBe(-1);
    expect(compare('-1', '-2')).toBe(1);
  });

  it('prints plain notation, never exponent, never -0', () => {
    expect(toPlainString(dec('1e-20'))).toBe('0.00000000000000000001');
    expect(toPlainString(dec('1e25'))).toBe('10000000000000000000000000');
    expect(toPlainString(dec('-0.001'), 2)).toBe('0.00');
    expect(toPlainString(dec('-0'))).toBe('0');
    expect(toPlainString(dec('-0.005'), 2)).toBe('-0.01');
  });
});

describe('storage codec (SCALE = 6)', () => {
  it('scales to micro-units', () => {
    expect(SCALE).toBe(6);
    expect(toScaled('525.69')).toBe(525_690_000n);
    expect(toScaled('-0.000001')).toBe(-1n);
    expect(toScaled(0)).toBe(0n);
  });

  it('refuses to lose a 7th decimal', () => {
    expect(() => toScaled('0.0000001')).toThrow(DecimalRangeError);
    try {
      toScaled('1.1234567');
    } catch (e) {
      expect(e).toBeInstanceOf(DecimalRangeError);
      expect((e as DecimalRangeError).reason).toBe('precision_loss');
    }
    expect.assertions(3);
  });

  it('refuses values beyond the signed 64-bit range', () => {
    expect(toScaled('9223372036854.775807')).toBe(2n ** 63n - 1n);
    expect(toScaled('-9223372036854.775808')).toBe(-(2n ** 63n));
    expect(() => toScaled('9223372036854.775808')).toThrow(DecimalRangeError);
    expect(() => toScaled('-9223372036854.775809')).toThrow(DecimalRangeError);
  });

  it('reads bigint, PostgreSQL strings and SQLite numbers', () => {
    expect(fromScaled(525_690_000n).toFixed()).toBe('525.69');
    expect(fromScaled('525690000').toFixed()).toBe('525.69');
    expect(fromScaled('-1').toFixed()).toBe('-0.000001');
    expect(fromScaled('1000000.000').toFixed()).toBe('1');
    expect(fromScaled(1_000_000).toFixed()).toBe('1');
  });

  it('rejects non-integers and unsafe numbers', () => {
    expect(() => fromScaled(1.5)).toThrow(DecimalRangeError);
    expect(() => fromScaled('1.5')).toThrow(DecimalRangeError);
    expect(() => fromScaled('abc')).toThrow(DecimalRangeError);
    expect(() => fromScaled('')).toThrow(DecimalRangeError);
    expect(() => fromScaled(2 ** 60)).toThrow(DecimalRangeError);
    expect(() => fromScaled((2n ** 63n).toString())).toThrow(DecimalRangeError);
  });

  it('property: toScaled/fromScaled round trip', () => {
    fc.assert(
      fc.property(storableDecimal, (text) => {
        const value = dec(text);
        const scaled = toScaled(value);
        expect(fromScaled(scaled).equals(value)).toBe(true);
        expect(fromScaled(scaled.toString()).equals(value)).toBe(true);
      }),
    );
  });

  it('property: any int64 survives fromScaled → toScaled', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }), (raw) => {
        expect(toScaled(fromScaled(raw))).toBe(raw);
      }),
    );
  });

  it('property: sums of scaled values equal the decimal sum', () => {
    fc.assert(
      fc.property(fc.array(storableDecimal, { maxLength: 20 }), (texts) => {
        const scaledTotal = texts.reduce((acc, t) => acc + toScaled(t), 0n);
        expect(fromScaled(scaledTotal).equals(sum(texts))).toBe(true);
      }),
    );
  });

  it('property: adding then subtracting returns the original exactly', () => {
    fc.assert(
      fc.property(storableDecimal, storableDecimal, (a, b) => {
        expect(sub(add(a, b), b).equals(dec(a))).toBe(true);
      }),
    );
  });
});
