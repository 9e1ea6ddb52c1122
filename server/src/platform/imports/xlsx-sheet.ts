import { setImmediate as nextTurn } from 'node:timers/promises';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../errors/app-error';
import type { CellContent } from './cells';
import { outsideSource } from './formulas';
import { IMPORT_LIMITS, MAX_SHEET_ROW } from './limits';
import { localName, notXlsx, SLICE_MS, type PlainXml, type SheetInfo, type WorkbookIndex } from './xlsx-workbook';

/**
 * One sheet read as a stream of rows. Before anything is parsed, the declared
 * dimension and a count of the sheet's <row> tags are checked against the row
 * limit, so a file declaring a million rows is refused at once; rows are never
 * walked by number, only those present in the file are read. Formulas are read
 * by their cached value; one without a value, or one whose value comes from
 * outside the workbook, refuses the file.
 */
export interface SheetRow {
  /** The row number Excel shows. */
  index: number;
  /** Cell contents by column number (A = 1); holes are empty cells. */
  cells: CellContent[];
}

/** Formulas read in a sheet (their cached values were used). */
export interface FormulaTally {
  count: number;
  first: string | null;
}

const EMPTY: CellContent = { kind: 'empty' };
const CHUNK = 64 * 1024;

export const tooManyRows = (sheet: string) => new AppError(422, 'IMPORT_TOO_MANY_ROWS', { sheet, limit: IMPORT_LIMITS.dataRows.toLocaleString('en-US') });

/** Column letters → number (A → 1, AA → 27); 0 when there are none. */
function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** Number → column letters (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0] ?? 0);

/** Counts <row> tags (with or without a prefix) without parsing: the sheet's real row count, cheaply. */
export function countRowTags(xml: Buffer): number {
  let count = 0;
  for (let i = xml.indexOf('row', 0, 'latin1'); i >= 0; i = xml.indexOf('row', i + 3, 'latin1')) {
    const after = xml[i + 3];
    // "<row " / "<row>" / "<x:row ", not "</row>", "<rowBreaks" or text.
    if (after !== 0x20 && after !== 0x3e && after !== 0x2f && after !== 0x09 && after !== 0x0a && after !== 0x0d) continue;
    let start = i - 1;
    if (xml[start] === 0x3a) {
      start--;
      while (start > 0 && /[A-Za-z0-9_.-]/.test(String.fromCharCode(xml[start]!))) start--;
    }
    if (xml[start] === 0x3c) count++;
  }
  return count;
}

interface Merge { top: number; left: number; bottom: number; right: number }

/** Merged ranges, from the part after sheetData (read first, so covered cells are known while rows stream). */
function readMerges(xml: Buffer): Merge[] {
  const end = xml.lastIndexOf('sheetData', undefined, 'latin1');
  const tail = xml.toString('utf8', Math.max(0, end));
  const merges: Merge[] = [];
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\s[^>]*ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"/g)) {
    if (merges.length >= IMPORT_LIMITS.mergedRanges) break;
    merges.push({ left: columnNumber(m[1]!), top: Number(m[2]), right: columnNumber(m[3]!), bottom: Number(m[4]) });
  }
  return merges.sort((a, b) => a.top - b.top);
}

function excelDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0) - 25569;
  const date = new Date(Math.round(days * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

/**
 * The rows of a sheet that hold a value, in chunks of the file, giving the
 * event loop a turn at least every SLICE_MS. The caller may stop early
 * (break): the rest is not parsed.
 */
export async function* readSheetRows(book: WorkbookIndex, sheet: SheetInfo, formulas: FormulaTally): AsyncGenerator<SheetRow[]> {
  const xml = sheet.part ? book.parts.get(sheet.part) : undefined;
  if (!xml) return;
  const head = xml.toString('utf8', 0, Math.min(xml.length, 4096));
  const declared = /<(?:\w+:)?dimension\s[^>]*ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(head);
  if ((declared && Number(declared[1]) > MAX_SHEET_ROW) || countRowTags(xml) > MAX_SHEET_ROW) throw tooManyRows(sheet.name);
  const merges = readMerges(xml);
  const { sharedStrings, styles, date1904 } = book;

  let rows: SheetRow[] = [];
  let row: SheetRow | null = null;
  let hasValue = false;
  let rowIndex = 0;
  let active: Merge[] = [];
  let nextMerge = 0;
  // The cell being read.
  let column = 0;
  let ref = '';
  let type = '';
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let text: string[] | null = null;
  let phonetic = 0;
  const shared = new Map<string, string>();

  const covered = (r: number, c: number) => active.some((m) => c >= m.left && c <= m.right && (r > m.top || c > m.left));

  const startRow = (tag: SaxesTagPlain) => {
    rowIndex = tag.attributes.r ? Number(tag.attributes.r) : rowIndex + 1;
    if (!Number.isInteger(rowIndex) || rowIndex < 1) throw notXlsx();
    if (rowIndex > MAX_SHEET_ROW) throw tooManyRows(sheet.name);
    while (nextMerge < merges.length && merges[nextMerge]!.top <= rowIndex) active.push(merges[nextMerge++]!);
    if (active.length > 0) active = active.filter((m) => m.bottom >= rowIndex);
    row = { index: rowIndex, cells: [] };
    hasValue = false;
    column = 0;
  };

  const startCell = (tag: SaxesTagPlain) => {
    ref = tag.attributes.r ?? '';
    column = ref ? columnNumber(ref) : column + 1;
    type = tag.attributes.t ?? 'n';
    style = tag.attributes.s ? Number(tag.attributes.s) : 0;
    value = null;
    formula = null;
  };

  const content = (): CellContent => {
    if (type === 'inlineStr') value = value ?? '';
    if (value === null) return EMPTY;
    switch (type) {
      case 's': {
        const s = sharedStrings[Number(value)] ?? '';
        return s.trim() === '' ? EMPTY : { kind: 'text', text: s };
      }
      case 'str':
      case 'inlineStr':
        return value.trim() === '' ? EMPTY : { kind: 'text', text: value };
      case 'b': return { kind: 'other', text: value === '1' ? 'TRUE' : 'FALSE' };
      case 'e': return { kind: 'error', text: value };
      case 'd': return { kind: 'other', text: value.slice(0, 10) };
      default: {
        if (value.trim() === '') return EMPTY;
        const n = Number(value);
        if (Number.isNaN(n)) return { kind: 'text', text: value };
        const shown = styles[style] ?? 'plain';
        if (shown === 'date') return { kind: 'other', text: excelDate(n, date1904) };
        return { kind: 'number', value: n, percentFormat: shown === 'percent' };
      }
    }
  };

  const endCell = () => {
    if (!row || column < 1 || column > IMPORT_LIMITS.columns || covered(rowIndex, column)) return;
    const address = ref || `${columnLetter(column)}${rowIndex}`;
    if (formula !== null) {
      if (value === null && type !== 'inlineStr') throw new AppError(422, 'IMPORT_FORMULA_NO_VALUE', { sheet: sheet.name, cell: address });
      const source = outsideSource(formula);
      if (source) throw new AppError(422, 'IMPORT_FORMULA_EXTERNAL', { sheet: sheet.name, cell: address, source });
      formulas.count++;
      formulas.first ??= `${sheet.name}!${address}`;
    }
    const c = content();
    if (c.kind !== 'empty') {
      row.cells[column] = c;
      hasValue = true;
    }
  };

  let sharedIndex: string | undefined;
  const parser = new SaxesParser<PlainXml>({ xmlns: false, position: false });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'c') startCell(tag);
    else if (name === 'v') text = [];
    else if (name === 'f') {
      text = [];
      sharedIndex = tag.attributes.t === 'shared' ? tag.attributes.si : undefined;
    } else if (name === 'row') startRow(tag);
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && type === 'inlineStr' && phonetic === 0) text = [];
    else if (name === 'dimension' && rowOf(tag.attributes.ref ?? '') > MAX_SHEET_ROW) throw tooManyRows(sheet.name);
  });
  parser.on('text', (t) => {
    if (text) text.push(t);
  });
  parser.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'v') {
      value = text!.join('');
      text = null;
    } else if (name === 'f') {
      const written = text!.join('');
      text = null;
      // A shared formula's text is on its first cell; the others point to it by index.
      if (sharedIndex !== undefined && written !== '') shared.set(sharedIndex, written);
      formula = written !== '' ? written : (sharedIndex !== undefined ? shared.get(sharedIndex) ?? '' : '');
    } else if (name === 't' && text) {
      value = (value ?? '') + text.join('');
      text = null;
    } else if (name === 'rPh') phonetic--;
    else if (name === 'c') endCell();
    else if (name === 'row') {
      if (row && hasValue) rows.push(row);
      row = null;
    }
  });

  let slice = performance.now();
  let offset = 0;
  try {
    while (offset < xml.length) {
      let end = Math.min(offset + CHUNK, xml.length);
      while (end < xml.length && (xml[end]! & 0xc0) === 0x80) end++;
      parser.write(xml.toString('utf8', offset, end));
      offset = end;
      if (offset >= xml.length) parser.close();
      if (rows.length > 0) {
        const ready = rows;
        rows = [];
        yield ready;
      }
      if (performance.now() - slice > SLICE_MS) {
        await nextTurn();
        slice = performance.now();
      }
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw notXlsx();
  }
}
