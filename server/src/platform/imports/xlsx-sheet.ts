import { AppError } from '../errors/app-error';
import type { CellContent } from './cells';
import { outsideSource } from './formulas';
import { IMPORT_LIMITS, MAX_SHEET_ROW } from './limits';
import { notXlsx, type SheetInfo, type WorkbookIndex } from './xlsx-workbook';
import { columnNumber, HandedCells, MergesFound, mergeOf, MergeSweep, readMerges, type Merge } from './sheet-merges';
import { nameCode } from './xml-bytes';
import { CLOSE, END, MORE, OPEN, TEXT, XmlScanner } from './xml-scanner';
import { packedChunks } from './zip-inspector';

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
  /** The row is hidden (hidden="1", or a height of 0): its content is not on screen. */
  hidden?: true;
  /** The sheet's hidden columns (the same list on every row of the sheet), when it has any. */
  hiddenColumns?: readonly ColumnRange[];
  /** Merged ranges that start on this row (as far as they are known when it is read: sheet-merges.ts). */
  merges?: readonly Merge[];
}

/** Columns min … max (A = 1), as a <col> element gives them. */
export interface ColumnRange { min: number; max: number }

/** Whether a column lies in one of the ranges. */
export const inRanges = (ranges: readonly ColumnRange[] | undefined, column: number): boolean =>
  ranges !== undefined && ranges.some((r) => column >= r.min && column <= r.max);

/** Formulas read in a sheet (their cached values were used). */
export interface FormulaTally {
  count: number;
  first: string | null;
}

const EMPTY: CellContent = { kind: 'empty' };

export const tooManyRows = (sheet: string) => new AppError(422, 'IMPORT_TOO_MANY_ROWS', { sheet, limit: IMPORT_LIMITS.dataRows.toLocaleString('en-US') });

/** Number → column letters (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const rowOf = (ref: string) => Number(/\d+$/.exec(ref)?.[0] ?? 0);

/**
 * Counts <row> tags (with or without a prefix) without parsing: the sheet's real row count,
 * cheaply. From `from` on: a tag whose name ends before it was counted with the bytes before.
 */
export function countRowTags(xml: Buffer, from = 0): number {
  let count = 0;
  for (let i = xml.indexOf('row', Math.max(0, from - 3), 'latin1'); i >= 0; i = xml.indexOf('row', i + 3, 'latin1')) {
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

function excelDate(serial: number, date1904: boolean): string {
  const days = serial + (date1904 ? 1462 : 0) - 25569;
  const date = new Date(Math.round(days * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

const C = nameCode('c');
const V = nameCode('v');
const F = nameCode('f');
const ROW = nameCode('row');
const RPH = nameCode('rPh');
const T = nameCode('t');
const ATTR_R = nameCode('r');
const ATTR_T = nameCode('t');
const ATTR_S = nameCode('s');
const ATTR_SI = nameCode('si');
const ATTR_REF = nameCode('ref');
const COL = nameCode('col');
const ATTR_HT = nameCode('ht');
const ATTR_MIN = nameCode('min');
const ATTR_MAX = nameCode('max');
/** "1" or "true", as the schema's booleans are written. */
const isTrue = (text: string) => text === '1' || text === 'true';

/** Return false to stop reading the sheet (the rest is not parsed). */
export type RowHandler = (row: SheetRow) => boolean | void;

const HEAD_BYTES = 4096;

/**
 * The rows of a sheet that hold a value, handed to `onRow` one by one as the sheet XML is
 * scanned (xml-scanner.ts). A row is the handler's to keep. A large sheet is inflated as it
 * is read, never held whole (zip-inspector.ts): its row count is checked as it goes, and its
 * merged ranges, which come last, as sheet-merges.ts describes (`known`: those of a first
 * reading). Runs in the import worker.
 */
export async function readSheetRows(book: WorkbookIndex, sheet: SheetInfo, formulas: FormulaTally, onRow: RowHandler, known: ReadonlyMap<string, Merge[]> = new Map()): Promise<void> {
  const part = sheet.part;
  const packed = part ? book.packed.get(part) : undefined;
  const whole = part && !packed ? book.parts.get(part) : undefined;
  if (!part || (!packed && !whole)) return;
  let merges: Merge[] = known.get(part) ?? [];
  if (whole) {
    const declared = /<(?:\w+:)?dimension\s[^>]*ref="[A-Z]*\d*:?[A-Z]*(\d+)"/.exec(whole.toString('utf8', 0, Math.min(whole.length, HEAD_BYTES)));
    if ((declared && Number(declared[1]) > MAX_SHEET_ROW) || countRowTags(whole) > MAX_SHEET_ROW) throw tooManyRows(sheet.name);
    merges = readMerges(whole);
  }
  // A large sheet read for the first time: its merged ranges as they come, and the cells handed over before them.
  const handed = packed && !known.has(part) ? new HandedCells() : null;
  const found: Merge[] = [];
  let inSheetData = false;
  let stopped = false;
  const sweep = new MergeSweep(merges);
  const { styles, formatUnits, date1904 } = book;
  const hiddenColumns: ColumnRange[] = [];
  const shared = sharedCells(book);

  // Set by startRow (a closure: declared wide so that the loop below does not narrow it to null).
  let row = null as SheetRow | null;
  let hasValue = false;
  let rowIndex = 0;
  // The cell being read.
  let column = 0;
  /** The row number in the cell's reference (its address in messages), -1 when it has none. */
  let refRow = -1;
  let type = 'n';
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let text: string | null = null;
  let phonetic = 0;
  let sharedIndex: string | undefined;
  /** A shared string cell's index read straight from the bytes of its <v> (-1: none, or not plain). */
  let sharedRef = -1;
  let inValue = false;
  const sharedFormulas = new Map<string, string>();

  const content = (): CellContent => {
    if (type === 'inlineStr') value = value ?? '';
    if (value === null) return EMPTY;
    switch (type) {
      case 's':
        return shared[sharedRef >= 0 && value === '' ? sharedRef : Number(value)] ?? EMPTY;
      case 'str':
      case 'inlineStr':
        return value.trim() === '' ? EMPTY : { kind: 'text', text: value };
      case 'b': return { kind: 'other', text: value === '1' ? 'TRUE' : 'FALSE' };
      case 'e': return { kind: 'error', text: value };
      case 'd': return { kind: 'other', text: value.slice(0, 10) };
      default: {
        if (value.trim() === '') return EMPTY;
        const n = Number(value);
        // Not a number a double holds ("abc", "1e999"): read as the text it is (a number cell never holds it).
        if (!Number.isFinite(n)) return { kind: 'text', text: value };
        const shown = styles[style] ?? 'plain';
        if (shown === 'date') return { kind: 'other', text: excelDate(n, date1904) };
        const number: CellContent = { kind: 'number', value: n, percentFormat: shown === 'percent', raw: value };
        if (shown === 'hidden' || shown === 'scaled') number.display = shown;
        const unit = formatUnits[style];
        if (unit) number.unit = unit;
        return number;
      }
    }
  };

  const endCell = () => {
    if (!row || column < 1 || column > IMPORT_LIMITS.columns || sweep.covered(rowIndex, column)) return;
    if (formula !== null) {
      const address = `${columnLetter(column)}${refRow < 0 ? rowIndex : refRow || ''}`;
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

  const scanner = new XmlScanner();
  const chunks = packed ? packedChunks(packed) : (async function* () { yield whole!; })();
  const startRow = () => {
    const r = scanner.attr(ATTR_R);
    rowIndex = r < 0 ? rowIndex + 1 : integerAttr(scanner, r);
    if (!Number.isInteger(rowIndex) || rowIndex < 1) throw notXlsx();
    if (rowIndex > MAX_SHEET_ROW) throw tooManyRows(sheet.name);
    const starting = sweep.row(rowIndex);
    row = { index: rowIndex, cells: [] };
    const hidden = scanner.attrNamed('hidden');
    const height = scanner.attr(ATTR_HT);
    if ((hidden >= 0 && isTrue(scanner.attrValue(hidden))) || (height >= 0 && Number(scanner.attrValue(height)) === 0)) row.hidden = true;
    if (hiddenColumns.length > 0) row.hiddenColumns = hiddenColumns;
    if (starting.length > 0) row.merges = starting;
    hasValue = false;
    column = 0;
  };
  /** A <col> element: a hidden range (hidden="1", or a width of 0) is kept, within the columns read. */
  const startCol = () => {
    const hidden = scanner.attrNamed('hidden');
    const width = scanner.attrNamed('width');
    if (!((hidden >= 0 && isTrue(scanner.attrValue(hidden))) || (width >= 0 && Number(scanner.attrValue(width)) === 0))) return;
    const min = scanner.attr(ATTR_MIN);
    const max = scanner.attr(ATTR_MAX);
    if (min < 0 || max < 0 || hiddenColumns.length >= 1000) return;
    const from = integerAttr(scanner, min);
    const to = Math.min(integerAttr(scanner, max), IMPORT_LIMITS.columns);
    if (Number.isInteger(from) && Number.isInteger(to) && from >= 1 && from <= to) hiddenColumns.push({ min: from, max: to });
  };
  const startCell = () => {
    const r = scanner.attr(ATTR_R);
    if (r < 0) {
      refRow = -1;
      column++;
    } else {
      column = scanner.attrCellRef(r);
      refRow = scanner.refRow;
      // Written otherwise than as plain letters and digits: read like Excel's letters, as before.
      if (column < 0) {
        column = columnNumber(scanner.attrValue(r));
        refRow = -1;
      }
    }
    const t = scanner.attr(ATTR_T);
    type = t < 0 ? 'n' : cellType(scanner, t);
    const s = scanner.attr(ATTR_S);
    style = s < 0 ? 0 : integerAttr(scanner, s);
    value = null;
    formula = null;
    sharedRef = -1;
  };

  try {
    for (let token = scanner.next(); token !== END; token = scanner.next()) {
      if (token === MORE) {
        const chunk = await chunks.next();
        scanner.feed(chunk.done ? Buffer.alloc(0) : chunk.value, chunk.done === true);
        continue;
      }
      if (token === TEXT) {
        if (text === null || stopped) continue;
        // The usual shared string cell: its index taken from the bytes, no text made (else the text as written).
        if (inValue && text === '' && type === 's' && sharedRef < 0 && (sharedRef = scanner.textInt()) >= 0) continue;
        if (sharedRef >= 0) {
          text = String(sharedRef);
          sharedRef = -1;
        }
        text += scanner.text();
        continue;
      }
      const local = scanner.local;
      // Past a stop, only the merged ranges are still looked for.
      if (stopped && local !== -1) continue;
      if (token === OPEN) {
        if (local === C) startCell();
        else if (local === V) {
          text = '';
          inValue = true;
        }
        else if (local === F) {
          text = '';
          const si = scanner.attr(ATTR_T) >= 0 && scanner.attrValue(scanner.attr(ATTR_T)) === 'shared' ? scanner.attr(ATTR_SI) : -1;
          sharedIndex = si < 0 ? undefined : scanner.attrValue(si);
        } else if (local === ROW) startRow();
        else if (local === RPH) phonetic++;
        else if (local === T && type === 'inlineStr' && phonetic === 0) text = '';
        else if (local === COL && !inSheetData) startCol();
        else if (local === -1) {
          const name = scanner.localName();
          const at = scanner.attr(ATTR_REF);
          if (name === 'dimension' && at >= 0 && rowOf(scanner.attrValue(at)) > MAX_SHEET_ROW) throw tooManyRows(sheet.name);
          else if (name === 'sheetData') {
            inSheetData = true;
            found.length = 0;
          } else if (name === 'mergeCell' && !inSheetData && at >= 0 && found.length < IMPORT_LIMITS.mergedRanges) {
            const merge = mergeOf(scanner.attrValue(at));
            if (merge) found.push(merge);
          }
        }
        continue;
      }
      // CLOSE
      if (token === CLOSE && local === -1 && scanner.localName() === 'sheetData') {
        inSheetData = false;
        found.length = 0;
        continue;
      }
      if (local === V) {
        value = text ?? '';
        text = null;
        inValue = false;
      } else if (local === F) {
        const written = text ?? '';
        text = null;
        // A shared formula's text is on its first cell; the others point to it by index.
        if (sharedIndex !== undefined && written !== '') sharedFormulas.set(sharedIndex, written);
        formula = written !== '' ? written : (sharedIndex !== undefined ? sharedFormulas.get(sharedIndex) ?? '' : '');
      } else if (local === T && text !== null) {
        value = (value ?? '') + text;
        text = null;
      } else if (local === RPH) phonetic--;
      else if (local === C) endCell();
      else if (local === ROW) {
        const done = row;
        row = null;
        if (done && hasValue && !stopped) {
          let go: boolean | void;
          try {
            go = onRow(done);
          } catch (error) {
            // The parser's own failure, not the file's.
            throw new HandlerError(error);
          }
          if (handed) done.cells.forEach((_, c) => handed.add(done.index, c));
          // The rest is not read, unless the merged ranges at the end are still to be learnt.
          if (go === false) {
            if (!handed) break;
            stopped = true;
          }
        }
      }
    }
    if (handed?.anyCovered(found)) throw new MergesFound(part, found);
  } catch (error) {
    if (error instanceof HandlerError || error instanceof MergesFound) throw error instanceof HandlerError ? error.cause : error;
    if (error instanceof AppError) throw error;
    throw notXlsx();
  } finally {
    await chunks.return(undefined);
  }
}

class HandlerError extends Error {
  constructor(override readonly cause: unknown) {
    super('row handler failed');
  }
}

const TYPES = new Map(['s', 'str', 'b', 'e', 'd', 'n'].map((t) => [nameCode(t), t]));

/** A cell's type attribute, without decoding the usual short ones. */
function cellType(scanner: XmlScanner, i: number): string {
  return TYPES.get(scanner.attrCode(i)) ?? scanner.attrValue(i);
}

/** An integer attribute (a row number, a style index), from its bytes when plainly written. */
function integerAttr(scanner: XmlScanner, i: number): number {
  const n = scanner.attrInt(i);
  return n >= 0 ? n : Number(scanner.attrValue(i));
}

/** The shared strings as cell contents, built once per workbook (a sheet refers to each many times). */
const SHARED_CELLS = new WeakMap<WorkbookIndex, CellContent[]>();
function sharedCells(book: WorkbookIndex): CellContent[] {
  let cells = SHARED_CELLS.get(book);
  if (!cells) {
    cells = book.sharedStrings.map((text): CellContent => (text.trim() === '' ? EMPTY : { kind: 'text', text }));
    SHARED_CELLS.set(book, cells);
  }
  return cells;
}
