// The one arithmetic engine for rates, gaps, averages and ranks (docs/adr/0007-one-rate-engine.md).
// Stored amounts are exact integers scaled × 10^6 (ADR 0002); derived rates are bigints × 10^30,
// truncated toward zero — far beyond the 6 decimals any answer shows, and deterministic: equal
// real values give equal fixed values, so ties stay ties. A province-scale overview computes
// thousands of rates per answer; bigint costs tens of nanoseconds per operation where a
// 40-digit decimal costs microseconds. decimal.js (decimal.ts) stays the engine for reading
// and converting amounts (input, units), never for rates.
import { type Dec, dec, toScaled } from './decimal';

/** A value × 10^30 (percent, percentage points, a share …). */
export type Fixed = bigint;

export const FIXED_DIGITS = 30;
export const FIXED_ONE: Fixed = 10n ** 30n;
export const FIXED_HUNDRED: Fixed = 100n * FIXED_ONE;
const STORAGE_ONE = 10n ** 6n;
const STORAGE_TO_FIXED = FIXED_ONE / STORAGE_ONE;
const HUNDRED = 100n;

/** A stored amount as each database returns it (SQLite number, PostgreSQL text, bigint). */
export type StoredAmount = number | string | bigint;

/** A stored amount as its exact scaled integer (× 10^6). */
export function storageInt(raw: StoredAmount): bigint {
  if (typeof raw === 'bigint') return raw;
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) throw new RangeError(`unsafe stored amount ${raw}`);
    return BigInt(raw);
  }
  const match = /^\s*(-?\d+)(?:\.0*)?\s*$/.exec(raw);
  if (!match?.[1]) throw new RangeError(`not an integer amount: ${raw}`);
  return BigInt(match[1]);
}

/** A scaled amount (× 10^6) as a fixed value of the same magnitude. */
export const fromStorage = (scaled: bigint): Fixed => scaled * STORAGE_TO_FIXED;

/** A decimal of the amount engine, truncated to 30 decimals. */
export function fromDec(value: Dec): Fixed {
  return BigInt(value.times(FIXED_ONE.toString()).toFixed(0, 1 /* ROUND_DOWN */));
}

/**
 * A fixed value from decimal text or a number ("12.85", 30, "-3.82"): exact up to 30 decimals.
 * The way thresholds, schedule shares and test values enter the engine.
 */
export function fx(value: string | number | Dec): Fixed {
  return fromDec(typeof value === 'object' ? value : dec(value));
}

/** Exact for decimal text of up to 6 decimals (thresholds, schedule shares as stored). */
export const fromDecimalText = (text: string): Fixed => fromStorage(toScaled(dec(text)));

/** Back to the amount engine, exactly. */
export function toDec(value: Fixed): Dec {
  return dec(`${value}e-${FIXED_DIGITS}`);
}

/** a / b × 100 for two values of the same scale (scaled amounts or fixed); null when b ≤ 0. */
export function percentOf(a: bigint, b: bigint): Fixed | null {
  return b <= 0n ? null : (a * HUNDRED * FIXED_ONE) / b;
}

/** a × b for two fixed values. */
export const times = (a: Fixed, b: Fixed): Fixed => (a * b) / FIXED_ONE;

/** a / b for two fixed values; null when b is 0. */
export const dividedBy = (a: Fixed, b: Fixed): Fixed | null => (b === 0n ? null : (a * FIXED_ONE) / b);

export const absFixed = (v: bigint): bigint => (v < 0n ? -v : v);

export function compareFixed(a: bigint, b: bigint): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Mean of the known values (truncated like every fixed value); null when there are none. */
export function averageFixed(values: ReadonlyArray<Fixed | null>): Fixed | null {
  let total = 0n;
  let n = 0n;
  for (const v of values) {
    if (v === null) continue;
    total += v;
    n += 1n;
  }
  return n === 0n ? null : total / n;
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

/** A stored amount (× 10^6) as exact decimal text ("12.85"). */
export function storageText(scaled: bigint): string;
export function storageText(scaled: bigint | null): string | null;
export function storageText(scaled: bigint | null): string | null {
  return scaled === null ? null : plain(absFixed(scaled), 6, scaled < 0n);
}

const UNITS = Array.from({ length: 7 }, (_, places) => 10n ** BigInt(FIXED_DIGITS - places));

/**
 * A fixed value rounded half-up (away from zero, 四舍五入) to `places` (0–6) decimals, as text;
 * trailing zeros dropped unless `padded` ("20.00" for a figure shown with two decimals).
 */
export function fixedText(value: Fixed, places?: number, padded?: boolean): string;
export function fixedText(value: Fixed | null, places?: number, padded?: boolean): string | null;
export function fixedText(value: Fixed | null, places = 6, padded = false): string | null {
  if (value === null) return null;
  const unit = UNITS[places];
  if (unit === undefined) throw new RangeError(`places must be 0..6, got ${places}`);
  const magnitude = absFixed(value);
  let rounded = magnitude / unit;
  if ((magnitude - rounded * unit) * 2n >= unit) rounded += 1n;
  const text = plain(rounded, places, value < 0n && rounded !== 0n);
  if (!padded || places === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(places, '0')}`;
}

/** A fixed value rounded half-up to `places` decimals, as a fixed value. */
export function roundFixed(value: Fixed, places: number): Fixed {
  return fx(fixedText(value, places));
}
