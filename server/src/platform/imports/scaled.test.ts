import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromScaled, toPlainString } from '@hongtu/domain';
import { scaledFromDb, scaledText } from './scaled';

const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });

describe('scaled integers', () => {
  it('prints a scaled integer as the domain does (toPlainString of fromScaled)', () => {
    const small = fc.bigInt({ min: -10_000_000n, max: 10_000_000n });
    fc.assert(fc.property(fc.oneof(int64, small), (scaled) => {
      expect(scaledText(scaled)).toBe(toPlainString(fromScaled(scaled)));
    }), { numRuns: 20_000 });
  });

  it('reads what the drivers return as the domain does, and refuses what it refuses', () => {
    fc.assert(fc.property(int64, (scaled) => {
      expect(scaledFromDb(scaled)).toBe(scaled);
      expect(scaledFromDb(scaled.toString())).toBe(scaled);
      if (scaled >= BigInt(Number.MIN_SAFE_INTEGER) && scaled <= BigInt(Number.MAX_SAFE_INTEGER)) expect(scaledFromDb(Number(scaled))).toBe(scaled);
    }), { numRuns: 5_000 });
    expect(scaledFromDb('12.000')).toBe(12n);
    for (const bad of [1.5, 2 ** 60, '1.5', 'x', (2n ** 63n).toString()]) {
      expect(() => scaledFromDb(bad)).toThrow();
      expect(() => fromScaled(bad)).toThrow();
    }
  });
});
