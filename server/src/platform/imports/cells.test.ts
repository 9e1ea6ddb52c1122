import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, toPlainString, toScaled } from '@hongtu/domain';
import { excelNumberText, readNumber, readScaled, type CellContent } from './cells';

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

describe('readScaled', () => {
  /** readNumber, as a scaled integer: the rule readScaled must give. */
  const reference = (content: CellContent) => {
    const read = readNumber(content);
    return read.kind === 'ok' ? { kind: 'ok', scaled: toScaled(read.value) } : read;
  };

  it('reads number cells as readNumber does, from the digits the file wrote when Excel shows them as written', () => {
    const typical = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(1, 10, 100, 1000, 1e4, 1e6, 1e7, 1e9)).map(([n, d]) => n / d);
    const written = fc.tuple(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), typical), fc.integer({ min: 1, max: 21 }), fc.boolean(), fc.boolean())
      .map(([value, digits, shortest, percentFormat]): CellContent => ({
        kind: 'number', value, percentFormat, raw: shortest ? String(value) : value.toPrecision(digits),
      }))
      // The value a file's digits stand for (what a reader of the file takes).
      .map((c) => (c.kind === 'number' && c.raw !== undefined ? { ...c, value: Number(c.raw) } : c))
      .filter((c) => c.kind === 'number' && Number.isFinite(c.value));
    fc.assert(fc.property(written, (content) => {
      expect(readScaled(content)).toEqual(reference(content));
    }), { numRuns: 20_000 });
  });

  it('reads text cells as readNumber does', () => {
    const text = fc.string({ unit: fc.constantFrom(...'0123456789.,-+% e１．—无'), maxLength: 14 }).map((t): CellContent => ({ kind: 'text', text: t }));
    fc.assert(fc.property(text, (content) => {
      expect(readScaled(content)).toEqual(reference(content));
    }), { numRuns: 20_000 });
    for (const content of [{ kind: 'empty' }, { kind: 'error', text: '#DIV/0!' }, { kind: 'other', text: 'TRUE' }] as CellContent[]) {
      expect(readScaled(content)).toEqual(reference(content));
    }
  });
});
