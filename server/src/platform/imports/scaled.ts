import { SCALE } from '@hongtu/domain';
import type { ScaledAmount } from '../../db/amount-codec';

// Scaled integers (value × 10^6, ADR 0002) as an import handles them in bulk, without a decimal
// object per value: the text of one, and one read from a driver. Tests hold both to the
// domain's toPlainString(fromScaled(…)).

const UNIT = 10n ** BigInt(SCALE);

/** Exact decimal text of a scaled integer: "1350.5", "-0.000001", "7" (toPlainString(fromScaled(x))). */
export function scaledText(scaled: bigint): string {
  const negative = scaled < 0n;
  const magnitude = negative ? -scaled : scaled;
  const whole = (magnitude / UNIT).toString();
  const fraction = magnitude % UNIT;
  let text = whole;
  if (fraction !== 0n) {
    let digits = fraction.toString().padStart(SCALE, '0');
    let end = digits.length;
    while (digits.charCodeAt(end - 1) === 48) end--;
    digits = digits.slice(0, end);
    text = `${whole}.${digits}`;
  }
  return negative ? `-${text}` : text;
}

/**
 * A scaled amount as a driver returns it (SQLite: number, PostgreSQL: string, either: bigint)
 * as a bigint; the checks of the domain's fromScaled (an integer, exact, within int64).
 */
export function scaledFromDb(raw: ScaledAmount): bigint {
  if (typeof raw === 'bigint') return checked(raw, raw);
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) throw new RangeError(`Not a safe scaled integer: ${raw}`);
    return BigInt(raw);
  }
  // PostgreSQL's bigint text ("1300000000") at once; numeric text ("12.000") and blanks as the domain reads them.
  if (/^-?\d+$/.test(raw)) return checked(BigInt(raw), raw);
  const match = /^\s*(-?\d+)(?:\.0*)?\s*$/.exec(raw);
  if (!match) throw new RangeError(`Not a scaled integer: ${raw}`);
  return checked(BigInt(match[1]!), raw);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
function checked(value: bigint, raw: ScaledAmount): bigint {
  if (value < INT64_MIN || value > INT64_MAX) throw new RangeError(`Out of range: ${String(raw)}`);
  return value;
}
