import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { toScaled } from './decimal';
import { parseNumberInput, parseNumberInputScaled, type NumberInputResult, type ScaledInputResult } from './number-input';

function okValue(result: NumberInputResult): string {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result.value.toFixed();
}

describe('parseNumberInput', () => {
  it.each([
    ['525.69', '525.69'],
    ['  42 ', '42'],
    ['1,234.5', '1234.5'],
    ['1，234.5', '1234.5'],
    ['1,234,567', '1234567'],
    ['１２３．４', '123.4'],
    ['+5', '5'],
    ['−3.2', '-3.2'],
    ['－3.2', '-3.2'],
    ['-0.5', '-0.5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['0', '0'],
    ['9223372036854.775807', '9223372036854.775807'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseNumberInput(input))).toBe(expected);
  });

  it('keeps the value of a percentage as written and flags the sign', () => {
    const result = parseNumberInput('12.85%');
    expect(result).toMatchObject({ kind: 'ok', percent: true });
    expect(okValue(result)).toBe('12.85');
    expect(parseNumberInput('８．１％')).toMatchObject({ kind: 'ok', percent: true });
    expect(parseNumberInput('12.85')).toMatchObject({ kind: 'ok', percent: false });
  });

  it.each(['', '   ', '-', '－', '—', '——', '/', '无', '無', '--'])('%j is empty', (input) => {
    expect(parseNumberInput(input)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['12abc', 'not_a_number'],
    ['NaN', 'not_a_number'],
    ['Infinity', 'not_a_number'],
    ['-Infinity', 'not_a_number'],
    ['abc', 'not_a_number'],
    ['%', 'not_a_number'],
    ['+-5', 'not_a_number'],
    ['0x1F', 'not_a_number'],
    ['1e309', 'exponent'],
    ['1e5', 'exponent'],
    ['1.5E-3', 'exponent'],
    ['1.2.3', 'multiple_dots'],
    ['1,23', 'bad_grouping'],
    ['12,34,567', 'bad_grouping'],
    ['1.234,5', 'bad_grouping'],
    ['9223372036854.775808', 'too_large'],
    ['99999999999999', 'too_large'],
    ['0.1234567', 'too_precise'],
    // The ideographic full stop ends a sentence; it is never read as a decimal point.
    ['12。5', 'not_a_number'],
    ['１２。５', 'not_a_number'],
    ['12。', 'not_a_number'],
  ])('%s is invalid: %s', (input, reason) => {
    expect(parseNumberInput(input)).toEqual({ kind: 'invalid', reason });
  });

  it('property: a formatted number with grouping commas parses back to itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        const sign = whole < 0 || (whole === 0 && Object.is(whole, -0)) ? '-' : '';
        const expected = `${sign}${Math.abs(whole)}.${String(cents).padStart(2, '0')}`;
        const result = parseNumberInput(text);
        expect(result.kind).toBe('ok');
        if (result.kind === 'ok') expect(result.value.equals(expected)).toBe(true);
      }),
    );
  });

  it('property: full-width digits read like half-width ones', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,12}(\.[0-9]{1,6})?$/), (ascii) => {
        const fullWidth = [...ascii].map((c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
        expect(parseNumberInput(fullWidth)).toEqual(parseNumberInput(ascii));
      }),
    );
  });
});

describe('parseNumberInputScaled', () => {
  /** What the full parser answers, as a scaled integer. */
  const reference = (text: string): ScaledInputResult => {
    const parsed = parseNumberInput(text);
    return parsed.kind === 'ok' ? { kind: 'ok', scaled: toScaled(parsed.value), percent: parsed.percent } : parsed;
  };

  it.each([
    ['1350.5', 1_350_500_000n],
    ['-7', -7_000_000n],
    ['007.250000000', 7_250_000n],
    ['-0', 0n],
    ['9223372036854.775807', 9_223_372_036_854_775_807n],
    ['1,234.5', 1_234_500_000n],
    ['１２３．４', 123_400_000n],
  ])('%s → %s', (input, scaled) => {
    expect(parseNumberInputScaled(input)).toMatchObject({ kind: 'ok', scaled });
  });

  it.each([
    ['9223372036854.775808', 'too_large'],
    ['9223372036854.7758071', 'too_large'],
    ['-9223372036854.775808', 'too_large'],
    ['0.1234567', 'too_precise'],
    ['1e5', 'exponent'],
    ['12。5', 'not_a_number'],
  ])('%s is invalid: %s', (input, reason) => {
    expect(parseNumberInputScaled(input)).toEqual({ kind: 'invalid', reason });
  });

  it('property: the fast path for plain decimals agrees with the full parser', () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max });
    const plain = fc.tuple(fc.constantFrom('', '-'), digits(20), fc.option(digits(10), { nil: undefined }))
      .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
    const near = fc.bigInt({ min: -(2n ** 63n) - 10n, max: 2n ** 63n + 10n }).map((n) => {
      const text = (n < 0n ? -n : n).toString().padStart(7, '0');
      return `${n < 0n ? '-' : ''}${text.slice(0, -6)}.${text.slice(-6)}`;
    });
    const anything = fc.string({ unit: fc.constantFrom(...'0123456789.,-+% e１．—'), maxLength: 16 });
    fc.assert(fc.property(fc.oneof(plain, near, anything, fc.double({ noNaN: true }).map(String)), (text) => {
      expect(parseNumberInputScaled(text)).toEqual(reference(text));
    }), { numRuns: 20_000 });
  });
});
