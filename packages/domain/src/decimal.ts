// Exact decimal arithmetic for economic figures.
// DOMAIN.md "Exact arithmetic": 525.69 亿元 + 0.01 亿元 must be 525.70 亿元, never 525.6999….
// All figures go through a private decimal.js clone; the global Decimal is never configured.
import Decimal from 'decimal.js';

/** The private constructor: 40 significant digits, half-up rounding (四舍五入). */
const D = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});

/** An exact decimal value (instance of the private clone). */
export type Dec = InstanceType<typeof D>;

/** Values accepted wherever a decimal is expected. */
export type DecInput = string | number | bigint | Dec;

/** Rounding modes by name, so callers never pass decimal.js numeric constants. */
export type Rounding = 'half_up' | 'half_even' | 'down' | 'up' | 'floor' | 'ceil';

const ROUNDING_MODES: Record<Rounding, Decimal.Rounding> = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
};

/** A value that is not a finite decimal number (NaN, Infinity, "12abc"). */
export class DecimalInputError extends Error {
  override readonly name = 'DecimalInputError';
  constructor(readonly input: string) {
    super(`Not a finite decimal number: ${input}`);
  }
}

/** Division by zero; callers decide what an undefined ratio means (usually "no value"). */
export class DivisionByZeroError extends Error {
  override readonly name = 'DivisionByZeroError';
  constructor() {
    super('Division by zero');
  }
}

export type DecimalRangeReason = 'precision_loss' | 'out_of_range' | 'not_an_integer' | 'unsafe_integer';

/** A value that cannot be stored as a scaled 64-bit integer without loss. */
export class DecimalRangeError extends Error {
  override readonly name = 'DecimalRangeError';
  constructor(
    readonly reason: DecimalRangeReason,
    readonly input: string,
  ) {
    super(`Cannot store ${input} as a scaled 64-bit integer (${reason})`);
  }
}

// Plain decimal notation only: decimal.js would also accept "0x1F", "Infinity" and "NaN".
const DECIMAL_STRING = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Builds an exact decimal; numbers are read through their shortest string form (0.1 stays 0.1). */
export function dec(value: DecInput): Dec {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new DecimalInputError(String(value));
  if (typeof value === 'string' && !DECIMAL_STRING.test(value.trim())) throw new DecimalInputError(value);
  let result: Dec;
  try {
    result = new D(typeof value === 'bigint' ? value.toString() : typeof value === 'string' ? value.trim() : value);
  } catch {
    throw new DecimalInputError(String(value));
  }
  if (!result.isFinite()) throw new DecimalInputError(String(value));
  return result;
}

export const ZERO: Dec = dec(0);
export const ONE: Dec = dec(1);
export const HUNDRED: Dec = dec(100);

export function isDec(value: unknown): value is Dec {
  return Decimal.isDecimal(value);
}

export function add(a: DecInput, b: DecInput): Dec {
  return dec(a).plus(dec(b));
}

export function sub(a: DecInput, b: DecInput): Dec {
  return dec(a).minus(dec(b));
}

export function mul(a: DecInput, b: DecInput): Dec {
  return dec(a).times(dec(b));
}

export type DivOptions = { places: number; rounding?: Rounding };

/**
 * a / b. Without options the quotient carries 40 significant digits;
 * with options it is rounded to `places` decimals (half-up unless told otherwise).
 */
export function div(a: DecInput, b: DecInput, options?: DivOptions): Dec {
  const divisor = dec(b);
  if (divisor.isZero()) throw new DivisionByZeroError();
  const quotient = dec(a).dividedBy(divisor);
  if (!options) return quotient;
  return quotient.toDecimalPlaces(options.places, ROUNDING_MODES[options.rounding ?? 'half_up']);
}

export function neg(a: DecInput): Dec {
  return dec(a).negated();
}

export function abs(a: DecInput): Dec {
  return dec(a).abs();
}

/** -1, 0 or 1, like a sort comparator. */
export function compare(a: DecInput, b: DecInput): -1 | 0 | 1 {
  const c = dec(a).comparedTo(dec(b));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/** Exact equality of two optional decimals: null equals only null. */
export function sameDec(a: Dec | null, b: Dec | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}

export function sum(values: Iterable<DecInput>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(dec(v));
  return total;
}

/** Rounds half away from zero (四舍五入, as Chinese statistics round): 2.345 → 2.35, −2.345 → −2.35. */
export function round(value: DecInput, places: number, rounding: Rounding = 'half_up'): Dec {
  return dec(value).toDecimalPlaces(places, ROUNDING_MODES[rounding]);
}

/** Plain notation without exponent; with `places`, rounded half-up and zero-padded. Never prints "-0". */
export function toPlainString(value: DecInput, places?: number): string {
  const d = dec(value);
  const text = places === undefined ? d.toFixed() : d.toFixed(places, Decimal.ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------
// Storage codec: amounts are stored as signed 64-bit integers in micro-units (SCALE = 6).

export const SCALE = 6;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function assertInt64(raw: bigint, input: string): bigint {
  if (raw < INT64_MIN || raw > INT64_MAX) throw new DecimalRangeError('out_of_range', input);
  return raw;
}

/** Decimal → scaled bigint. Refuses to drop decimals beyond the 6th or to overflow int64. */
export function toScaled(value: DecInput): bigint {
  const d = dec(value);
  const input = d.toFixed();
  if (d.decimalPlaces() > SCALE) throw new DecimalRangeError('precision_loss', input);
  // Shifting by a power of ten through the string form never rounds.
  const raw = BigInt(new D(`${input}e${SCALE}`).toFixed(0));
  return assertInt64(raw, input);
}

/**
 * Scaled integer as returned by a driver → decimal.
 * bigint: exact; string: PostgreSQL bigint/numeric ("123", "-5", "12.000"); number: SQLite integer.
 * Numbers beyond 2^53 are refused because the driver has already lost digits.
 */
export function fromScaled(raw: bigint | number | string): Dec {
  let integer: bigint;
  if (typeof raw === 'bigint') {
    integer = raw;
  } else if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) throw new DecimalRangeError('not_an_integer', String(raw));
    if (!Number.isSafeInteger(raw)) throw new DecimalRangeError('unsafe_integer', String(raw));
    integer = BigInt(raw);
  } else {
    const match = /^\s*(-?\d+)(?:\.0*)?\s*$/.exec(raw);
    if (!match?.[1]) throw new DecimalRangeError('not_an_integer', raw);
    integer = BigInt(match[1]);
  }
  assertInt64(integer, String(raw));
  return new D(`${integer.toString()}e-${SCALE}`);
}
