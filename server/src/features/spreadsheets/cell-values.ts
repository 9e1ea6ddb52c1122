import ExcelJS from 'exceljs';
import { dec, mul, parseNumberInput, toPlainString, type Dec } from '@hongtu/domain';
import type { MessageCode } from '../../platform/i18n/messages';

/** What a cell holds, as the import sees it (formulas by their cached value). */
export type CellContent =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentFormat: boolean }
  | { kind: 'text'; text: string }
  /** #DIV/0!, #REF! … */
  | { kind: 'error'; text: string }
  /** Dates and booleans: never a figure. */
  | { kind: 'other'; text: string };

type Plain = ExcelJS.CellValue;

function isObject(v: Plain): v is Exclude<Plain, null | undefined | number | string | boolean | Date> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function contentOf(value: Plain, numFmt: string | undefined): CellContent {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value, percentFormat: /%/.test(numFmt ?? '') };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: value };
  if (typeof value === 'boolean') return { kind: 'other', text: String(value).toUpperCase() };
  if (value instanceof Date) return { kind: 'other', text: value.toISOString().slice(0, 10) };
  if (!isObject(value)) return { kind: 'empty' };
  if ('richText' in value) return contentOf(value.richText.map((r) => r.text).join(''), numFmt);
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) return contentOf((value as { result?: Plain }).result ?? null, numFmt);
  if ('text' in value) return contentOf((value as { text: Plain }).text, numFmt);
  return { kind: 'empty' };
}

/** True for the covered (non-top-left) cells of a merged range: their value belongs to the master. */
export function isMergedSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

export function cellContent(cell: ExcelJS.Cell): CellContent {
  if (isMergedSlave(cell)) return { kind: 'empty' };
  return contentOf(cell.value, cell.numFmt);
}

/** A cell as text (names, codes, units, notes): numbers as written, errors as shown. */
export function cellText(cell: ExcelJS.Cell): string {
  const c = cellContent(cell);
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

/** The first formula whose cached value is missing (the file was never recalculated and saved by Excel). */
export function findFormulaWithoutValue(workbook: ExcelJS.Workbook): { sheet: string; cell: string } | null {
  for (const sheet of workbook.worksheets) {
    let found: string | null = null;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (found) return;
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (found || cell.type !== ExcelJS.ValueType.Formula) return;
        const value = cell.value as { result?: unknown };
        if (value.result === undefined || value.result === null) found = cell.address;
      });
    });
    if (found) return { sheet: sheet.name, cell: found };
  }
  return null;
}
