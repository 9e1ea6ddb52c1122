import { fromScaled, parseNumberInput, toPlainString, toScaled, type Dec } from '@hongtu/domain';
import { AppError } from '../platform/errors/app-error';

/** An amount column as the drivers return it: exact integer × 10^6 (ADR 0002). */
export type ScaledAmount = number | string | bigint;

/** Dec ↔ database column (scaled 64-bit integer, ADR 0002). */
export function amountToDb(value: Dec | null): bigint | null {
  return value === null ? null : toScaled(value);
}

export function amountFromDb(raw: ScaledAmount | null): Dec | null {
  return raw === null ? null : fromScaled(raw);
}

/** A stored amount as exact decimal text for the API. */
export function amountText(raw: ScaledAmount | null): string | null {
  return raw === null ? null : toPlainString(fromScaled(raw));
}

export function decText(value: Dec | null, places?: number): string | null {
  return value === null ? null : toPlainString(value, places);
}

/**
 * A number as users type it ("1,234.5", "１２３", "—" for empty) → Dec or
 * null; anything else ("12abc", "NaN", "1e309") is refused with a field error.
 */
export function parseAmountInput(raw: string | number | null, path: string): Dec | null {
  if (raw === null) return null;
  const text = typeof raw === 'number' ? String(raw) : raw;
  const parsed = parseNumberInput(text);
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'ok') return parsed.value;
  const code = parsed.reason === 'too_precise' ? 'NUMBER_TOO_PRECISE' : 'NUMBER_INVALID';
  throw new AppError(400, code, { value: text.slice(0, 40) }, [{ path, message: code }]);
}
