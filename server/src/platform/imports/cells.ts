import { dec, mul, parseNumberInput, parseNumberInputScaled, toPlainString, toScaled, type Dec, type UnitCode } from '@hongtu/domain';
import type { MessageCode } from '../i18n/messages';

/** What a cell holds, as the import sees it (formulas by their cached value). */
export type CellContent =
  | { kind: 'empty' }
  /**
   * `raw`: the number as the file wrote it ("1350.5"), when read from a file; `display`: its number
   * format hides it or scales it (what Excel shows is not the value); `unit`: a unit the number
   * format writes after it ('0.00"万元"').
   */
  | { kind: 'number'; value: number; percentFormat: boolean; raw?: string; display?: 'hidden' | 'scaled'; unit?: UnitCode }
  | { kind: 'text'; text: string }
  /** #DIV/0!, #REF! … */
  | { kind: 'error'; text: string }
  /** Dates and booleans: never a figure. */
  | { kind: 'other'; text: string };

export const EMPTY_CELL: CellContent = { kind: 'empty' };

/** A cell as text (names, codes, units, notes): numbers as written, errors as shown. */
export function cellText(c: CellContent): string {
  switch (c.kind) {
    case 'empty': return '';
    case 'number': return excelNumberText(c.value);
    default: return c.text.trim();
  }
}

/**
 * A number stored in a cell as exact decimal text. Excel keeps 15 significant
 * digits, so the binary noise beyond them (0.1 + 0.2 = 0.30000000000000004)
 * is not part of what the user sees or typed.
 */
export function excelNumberText(value: number): string {
  const fifteen = value.toPrecision(15);
  // Fast path (a 10k-row import reads tens of thousands of numbers): a decimal of at most 15
  // significant digits survives the trip through a double, so the shortest text JavaScript
  // prints for it is that decimal without trailing zeros — unless it prints an exponent (or the
  // rounding overflowed to Infinity next to the largest double).
  const rounded = Number(fifteen);
  const shortest = String(rounded);
  if (Number.isFinite(rounded) && !shortest.includes('e')) return shortest;
  return toPlainString(dec(fifteen));
}

/** Writing side of the same rule: a value is written as a number only when Excel can hold it exactly. */
export function fitsExcelNumber(value: Dec): boolean {
  return value.precision(true) <= 15 && Number.isFinite(value.toNumber());
}

export type NumberRead =
  | { kind: 'empty' }
  | { kind: 'ok'; value: Dec }
  | { kind: 'invalid'; code: MessageCode; params: Record<string, string> };

const invalidNumber = (text: string, reason: string): NumberRead => ({
  kind: 'invalid',
  code: reason === 'too_precise' ? 'NUMBER_TOO_PRECISE' : 'NUMBER_INVALID',
  params: { value: text.slice(0, 40) },
});

/**
 * A figure from a cell: numeric cells (×100 when formatted as a percentage,
 * as Excel stores 12.5 % as 0.125) or text typed with thousands separators,
 * full-width digits, "—" for empty — the same rules as the web form.
 */
export function readNumber(content: CellContent): NumberRead {
  switch (content.kind) {
    case 'empty':
      return { kind: 'empty' };
    case 'error':
      return { kind: 'invalid', code: 'IMPORT_CELL_ERROR', params: { value: content.text } };
    case 'other':
      return invalidNumber(content.text, 'not_a_number');
    case 'number': {
      const text = excelNumberText(content.value);
      const value = content.percentFormat ? toPlainString(mul(dec(text), 100)) : text;
      const parsed = parseNumberInput(value);
      if (parsed.kind === 'ok') return { kind: 'ok', value: parsed.value };
      return parsed.kind === 'empty' ? { kind: 'empty' } : invalidNumber(value, parsed.reason);
    }
    case 'text': {
      const parsed = parseNumberInput(content.text);
      if (parsed.kind === 'ok') return { kind: 'ok', value: parsed.value };
      return parsed.kind === 'empty' ? { kind: 'empty' } : invalidNumber(content.text.trim(), parsed.reason);
    }
  }
}

export type ScaledRead =
  | { kind: 'empty' }
  | { kind: 'ok'; /** value × 10^6, as stored (ADR 0002) */ scaled: bigint }
  | { kind: 'invalid'; code: MessageCode; params: Record<string, string> };

/**
 * A plain decimal of at most 15 significant digits: Excel shows it as written, so its digits
 * are read directly (the double's 15-digit text would give the same decimal).
 */
function shownAsWritten(raw: string): boolean {
  if (raw.length > 17) return false;
  let digits = 0;
  let leading = true;
  for (let i = raw.charCodeAt(0) === 45 ? 1 : 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46) continue;
    if (c < 48 || c > 57) return false;
    if (leading && c === 48) continue;
    leading = false;
    digits++;
  }
  return digits <= 15;
}

/**
 * readNumber as a scaled integer, without decimal.js for the numbers sheets usually hold
 * (plain decimals, typed or stored); the same rules, the same problems.
 */
export function readScaled(content: CellContent): ScaledRead {
  let text: string | null = null;
  if (content.kind === 'number' && !content.percentFormat && content.raw !== undefined && shownAsWritten(content.raw)) text = content.raw;
  else if (content.kind === 'text') text = content.text;
  if (text !== null) {
    const parsed = parseNumberInputScaled(text);
    if (parsed.kind === 'ok') return { kind: 'ok', scaled: parsed.scaled };
    if (parsed.kind === 'empty') return parsed;
  }
  // Everything else, and the wording of a refusal, as readNumber has them.
  const read = readNumber(content);
  return read.kind === 'ok' ? { kind: 'ok', scaled: toScaled(read.value) } : read;
}
