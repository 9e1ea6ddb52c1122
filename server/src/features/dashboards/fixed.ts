// Fixed-point arithmetic for the dashboards' hot path. An overview computes thousands of rates
// (province scale: ~120 districts × 40 indicators); decimal.js at 40 digits costs microseconds per
// operation, bigint tens of nanoseconds. Stored amounts are exact integers (× 10^6, ADR 0002);
// derived rates are bigints × 10^30, truncated toward zero — far beyond the 6 decimals any answer
// shows, and deterministic: equal real values always give equal fixed values, so ties stay ties.
// measures.test.ts checks these against the decimal functions of packages/domain.
import { dec, toScaled, type Dec } from '@hongtu/domain';
import type { ScaledAmount } from '../indicators/indicators.table';

/** A value × 10^30. */
export type Fixed = bigint;

export const FIXED_DIGITS = 30;
export const FIXED_ONE: Fixed = 10n ** 30n;
const STORAGE_ONE = 10n ** 6n;
const STORAGE_TO_FIXED = FIXED_ONE / STORAGE_ONE;
const HUNDRED = 100n;

/** A stored amount (SQLite number, PostgreSQL text, bigint) as its exact scaled integer. */
export function storageInt(raw: ScaledAmount): bigint {
  if (typeof raw === 'bigint') return raw;
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) throw new RangeError(`unsafe stored amount ${raw}`);
    return BigInt(raw);
  }
  const match = /^\s*(-?\d+)(?:\.0*)?\s*$/.exec(raw);
  if (!match?.[1]) throw new RangeError(`not an integer amount: ${raw}`);
  return BigInt(match[1]);
}

export const fromStorage = (scaled: bigint): Fixed => scaled * STORAGE_TO_FIXED;

/** Exact for decimal text of up to 6 decimals (thresholds, schedule shares). */
export const fromDecimalText = (text: string): Fixed => fromStorage(toScaled(dec(text)));

/** A decimal of the domain, truncated to 30 decimals. */
export function fromDec(value: Dec): Fixed {
  return BigInt(value.times(FIXED_ONE.toString()).toFixed(0, 1 /* ROUND_DOWN */));
}

export function toDec(value: Fixed): Dec {
  return dec(`${value}e-${FIXED_DIGITS}`);
}

/** a / b × 100 for two values of the same unit (scaled integers or fixed); null when b ≤ 0. */
export function percentOf(a: bigint, b: bigint): Fixed | null {
  return b <= 0n ? null : (a * HUNDRED * FIXED_ONE) / b;
}

/** a × b for two fixed values. */
export const times = (a: Fixed, b: Fixed): Fixed => (a * b) / FIXED_ONE;

/** m / 12 × 100: linear time progress at the end of month m (DOMAIN.md "Formulas"). */
export const linearProgress = (month: number): Fixed => (BigInt(month) * HUNDRED * FIXED_ONE) / 12n;

export const absFixed = (v: bigint): bigint => (v < 0n ? -v : v);

export function compareFixed(a: bigint, b: bigint): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A non-negative integer with `scale` implied decimals as plain text, trailing zeros dropped. */
function plain(magnitude: bigint, scale: number, negative: boolean): string {
  if (magnitude === 0n) return '0';
  let digits = magnitude.toString();
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits;
  const cut = digits.length - scale;
  let end = digits.length;
  while (end > cut && digits.charCodeAt(end - 1) === 48) end -= 1;
  const text = end === cut ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${digits.slice(cut, end)}`;
  return negative ? `-${text}` : text;
}

/** A stored amount as exact decimal text ("12.85"). */
export const storageText = (scaled: bigint | null): string | null =>
  scaled === null ? null : plain(absFixed(scaled), 6, scaled < 0n);

const UNITS = Array.from({ length: 7 }, (_, places) => 10n ** BigInt(FIXED_DIGITS - places));

/** A fixed value rounded half-up (away from zero, 四舍五入) to `places` (0–6) decimals, as text. */
export function fixedText(value: Fixed | null, places = 6): string | null {
  if (value === null) return null;
  const unit = UNITS[places]!;
  const magnitude = absFixed(value);
  let rounded = magnitude / unit;
  if ((magnitude - rounded * unit) * 2n >= unit) rounded += 1n;
  return plain(rounded, places, value < 0n);
}
