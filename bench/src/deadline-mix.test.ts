import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nextValue } from './deadline-load';
import {
  DEADLINE_MIX,
  READ_MIX,
  deadlineGoals,
  deadlineMonth,
  isExpected,
  latency,
  percentile,
  pick,
  prng,
  sample,
  totp,
} from './deadline-mix';

describe('percentiles', () => {
  it('takes the nearest rank of the sorted samples', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 50)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises unsorted samples, the slow tail in p99 and max', () => {
    const samples = [...Array.from({ length: 990 }, () => 10), ...Array.from({ length: 10 }, (_, i) => 1000 + i)];
    const l = latency(samples.reverse());
    expect(l).toMatchObject({ n: 1000, p50: 10, p95: 10, p99: 10, max: 1009 });
    expect(latency([...samples, 2000]).p99).toBe(1000);
  });
});

describe('the mix', () => {
  it('picks by weight over the whole unit interval', () => {
    expect(pick(0, DEADLINE_MIX)).toBe('read');
    expect(pick(0.6999, DEADLINE_MIX)).toBe('read');
    expect(pick(0.7, DEADLINE_MIX)).toBe('save');
    expect(pick(0.9499, DEADLINE_MIX)).toBe('save');
    expect(pick(0.95, DEADLINE_MIX)).toBe('submit');
    expect(pick(0.999999, DEADLINE_MIX)).toBe('submit');
    expect(() => pick(0.5, [])).toThrow();
  });

  it('gives 70 / 25 / 5 over many draws, reads split by their own weights', () => {
    const rand = prng(42);
    const counts = { read: 0, save: 0, submit: 0 };
    const reads = { month: 0, dashboard: 0, periods: 0, check: 0 };
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      counts[pick(rand(), DEADLINE_MIX)] += 1;
      reads[pick(rand(), READ_MIX)] += 1;
    }
    expect(counts.read / n).toBeCloseTo(0.7, 2);
    expect(counts.save / n).toBeCloseTo(0.25, 2);
    expect(counts.submit / n).toBeCloseTo(0.05, 2);
    expect(reads.month / n).toBeCloseTo(0.55, 2);
    expect(reads.check / n).toBeCloseTo(0.1, 2);
  });

  it('replays the same choices from the same seed', () => {
    const a = prng(7);
    const b = prng(7);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
    expect(prng(8)()).not.toBe(prng(7)());
  });

  it('samples distinct items, never more than there are', () => {
    const rand = prng(3);
    for (let i = 0; i < 200; i++) {
      const s = sample(rand, ['a', 'b', 'c', 'd'], 3);
      expect(new Set(s).size).toBe(3);
    }
    expect(sample(rand, ['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });
});

describe('answers and goals', () => {
  it('counts only 2xx and the provoked 409s as expected', () => {
    expect(isExpected(200, undefined)).toBe(true);
    expect(isExpected(409, 'STALE_VERSION')).toBe(true);
    expect(isExpected(409, 'SUBMISSION_STATE')).toBe(true);
    expect(isExpected(409, 'PERIOD_CLOSED')).toBe(false);
    expect(isExpected(422, 'CHECK_FAILED')).toBe(false);
    expect(isExpected(429, 'RATE_LIMITED')).toBe(false);
    expect(isExpected(500, 'INTERNAL')).toBe(false);
    expect(isExpected(0, 'TIMEOUT')).toBe(false);
  });

  it('passes or misses each goal on its own', () => {
    const save = latency([...Array.from({ length: 90 }, () => 50), ...Array.from({ length: 8 }, () => 400), 1200, 1300]);
    const goals = deadlineGoals({ save, requests: 10_000, errors: 10, verified: true });
    expect(goals.map((g) => g.pass)).toEqual([false, false, false, true]);
    const good = deadlineGoals({ save: latency([20, 30, 40]), requests: 10_000, errors: 9, verified: false });
    expect(good.map((g) => g.pass)).toEqual([true, true, true, false]);
    expect(deadlineGoals({ save: latency([]), requests: 0, errors: 0, verified: true })[0]!.pass).toBe(false);
  });
});

describe('the month and its values', () => {
  it('reports last month in Beijing, due tonight (tomorrow when tonight is under three hours away)', () => {
    expect(deadlineMonth(new Date('2026-12-02T10:00:00Z'))).toEqual({ year: 2026, month: 11, deadlineDate: '2026-12-02' });
    expect(deadlineMonth(new Date('2026-12-02T14:00:00Z'))).toEqual({ year: 2026, month: 11, deadlineDate: '2026-12-03' });
    // 2027-01-01 02:00 in Beijing: December of the year before.
    expect(deadlineMonth(new Date('2026-12-31T18:00:00Z'))).toEqual({ year: 2026, month: 12, deadlineDate: '2027-01-01' });
  });

  it('draws November from October: never below it for a cumulative series, always a change', () => {
    const rand = prng(11);
    const cumulative = { code: 'gdp', decimals: 2, base: 123.45, accumulates: true };
    const level = { code: 'cpi', decimals: 2, base: 2.5, accumulates: false };
    const count = { code: 'firms', decimals: 0, base: 0, accumulates: true };
    for (let i = 0; i < 500; i++) {
      const v = nextValue(rand, cumulative, undefined);
      expect(v).toMatch(/^\d+\.\d{2}$/);
      expect(Number(v)).toBeGreaterThanOrEqual(123.45);
      const l = Number(nextValue(rand, level, undefined));
      expect(l).toBeGreaterThanOrEqual(2.42);
      expect(l).toBeLessThanOrEqual(2.58);
      expect(nextValue(rand, count, undefined)).toBe('0');
      expect(nextValue(rand, count, '0')).toBe('1');
      expect(nextValue(rand, cumulative, v)).not.toBe(v);
    }
  });
});

describe('the reviewers\' second factor', () => {
  it('computes the RFC 6238 SHA-1 test vectors', () => {
    const hmac = (key: Buffer, message: Buffer) => createHmac('sha1', key).update(message).digest();
    // The RFC's secret "12345678901234567890" in base32; its 8-digit codes at these times.
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(totp(secret, new Date(59_000), hmac, 8)).toBe('94287082');
    expect(totp(secret, new Date(1_111_111_109_000), hmac, 8)).toBe('07081804');
    expect(totp(secret, new Date(20_000_000_000_000), hmac, 8)).toBe('65353130');
    expect(totp(secret, new Date(59_000), hmac)).toBe('287082');
    expect(() => totp('not base32!', new Date(0), hmac)).toThrow();
  });
});
