import { dec, mul, parseNumberInput, toPlainString, type Dec } from '@hongtu/domain';
import type { MessageCode } from '../i18n/messages';

/** What a cell holds, as the import sees it (formulas by their cached value). */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentFormat: boolean }
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
