import { createHash } from 'node:crypto';
import type { MessageCode } from '../i18n/messages';
import { EMPTY_CELL, cellText, type CellContent } from './cells';
import { IMPORT_LIMITS } from './limits';
import type { Upload } from './upload';
import type { Merge } from './sheet-merges';
import { columnLetter, readSheetRows, tooManyRows, type FormulaTally, type SheetRow } from './xlsx-sheet';
import { openWorkbook, type DefinedName } from './xlsx-workbook';
import { inspectXlsx } from './zip-inspector';

/** A problem found in the file, located as the user sees it (sheet, row number, column letter). */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  code: MessageCode;
  message: string;
}

/** A problem as the reader finds it (in the import worker), put into words by the caller (import-pool.ts). */
export interface FoundProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  code: MessageCode;
  params: Record<string, string | number>;
}

/** Where a row parser is: the sheet and row, and how to report a problem of one of its cells. */
export interface RowPlace {
  sheet: string;
  row: number;
  /** Records a problem of this row; `column` is the column number (A = 1), or null for the whole row. */
  problem(column: number | null, code: MessageCode, params?: Record<string, string | number>): void;
}

/**
 * What an import knows about its sheets: how to recognise the header row of
 * a sheet, and how to read one row under it. This is the part a new import
 * writes (with a writer, see commit-batch.ts); the pipeline does the rest.
 */
export interface SheetParser<H> {
  /**
   * The workbook's sheets, in order, before any is read (a parser may choose which to read from their
   * names), and its defined names (a template may mark its own columns with one).
   */
  begin?(sheets: readonly { name: string; visible: boolean }[], workbook: { definedNames: readonly DefinedName[] }): void;
  /** The header of a sheet if this row (one of its first rows) is it; null otherwise. */
  header(row: SheetRow, sheet: string): H | null;
  /** Reads one row under the header; problems go through `place`. */
  row(row: SheetRow, header: H, place: RowPlace): void;
  /** A visible sheet has been read (`header`: the one found, or null); problems of the whole sheet go through `place`. */
  endSheet?(sheet: string, header: H | null, place: SheetPlace): void;
}

/** Where a parser reports a problem of a sheet it has read: row and column numbers, or null. */
export interface SheetPlace {
  problem(row: number | null, column: number | null, code: MessageCode, params?: Record<string, string | number>): void;
}

export interface SheetsRead {
  fileName: string;
  fileSha256: string;
  /** False when no visible sheet has a header the parser recognised. */
  headerFound: boolean;
  /** Worth a look, not blocking (values computed by formulas). */
  notices: FoundProblem[];
  /** Sheet name → position in the workbook, to sort problems in file order. */
  sheetOrder: Map<string, number>;
  /** Bytes of XML the file inflated to (what reading it held in memory). */
  xmlBytes: number;
}

/** A cell of a row (empty when absent). */
export const cellAt = (row: SheetRow, column: number | undefined): CellContent => (column ? row.cells[column] ?? EMPTY_CELL : EMPTY_CELL);
/** A cell as trimmed text (empty when absent). */
export const textAt = (row: SheetRow, column: number | undefined): string => cellText(cellAt(row, column));

/** Problems in file order: by sheet, then row (problems of a whole sheet first). */
export function sortProblems<P extends ImportProblem | FoundProblem>(problems: P[], sheetOrder: Map<string, number>): P[] {
  return problems.sort((a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || (a.row ?? 0) - (b.row ?? 0));
}

/**
 * upload → inspect → read → parse. Refuses unsafe or unreadable files
 * (AppError, before any batch exists), then streams every visible sheet's
 * rows through the parser: the first rows until one is a header, the rows
 * under it after that. Hidden sheets are reported (their content could be
 * neither checked nor imported) in `problems`, which blocks like the rows'
 * problems; values computed by formulas are noted.
 * At most IMPORT_LIMITS.dataRows rows are read in all. Runs in the import
 * worker (import-pool.ts), which answers the problems in the user's words, and
 * reads the file again when a large sheet's merged ranges come too late
 * (MergesFound, sheet-merges.ts): `knownMerges` are those of the first reading.
 */
export interface ReadOptions {
  /** Merged ranges of large sheets, from a first reading (MergesFound). */
  knownMerges?: ReadonlyMap<string, Merge[]>;
  /** Sheets larger than this (inflated bytes) are read as they are inflated (zip-inspector.ts); tests lower it. */
  packAbove?: number;
}

export async function readSheets<H>(upload: Upload, parser: SheetParser<H>, problems: FoundProblem[], options: ReadOptions = {}): Promise<SheetsRead> {
  const { buffer, fileName } = upload;
  const { parts, packed } = await inspectXlsx(buffer, fileName, options.packAbove);
  const book = await openWorkbook(parts, packed);
  const notices: FoundProblem[] = [];
  let headerFound = false;
  let dataRows = 0;
  parser.begin?.(book.sheets.map((s) => ({ name: s.name, visible: s.state === 'visible' })), { definedNames: book.definedNames });

  for (const sheet of book.sheets) {
    if (sheet.state !== 'visible') {
      problems.push({ sheet: sheet.name, row: null, column: null, code: 'IMPORT_HIDDEN_SHEET', params: { sheet: sheet.name } });
      continue;
    }
    const formulas: FormulaTally = { count: 0, first: null };
    let header: H | null = null;
    let current = 0;
    const place: RowPlace = {
      sheet: sheet.name,
      row: 0,
      problem(column, code, params = {}) {
        problems.push({ sheet: sheet.name, row: current, column: column ? columnLetter(column) : null, code, params });
      },
    };
    await readSheetRows(book, sheet, formulas, (row) => {
      current = row.index;
      if (header === null) {
        // No header among the first rows: the sheet is not one the import reads.
        if (row.index > IMPORT_LIMITS.headerRows) return false;
        header = parser.header(row, sheet.name);
        if (header !== null) headerFound = true;
        return true;
      }
      if (++dataRows > IMPORT_LIMITS.dataRows) throw tooManyRows(sheet.name);
      place.row = row.index;
      parser.row(row, header, place);
      return true;
    }, options.knownMerges);
    parser.endSheet?.(sheet.name, header, {
      problem(row, column, code, params = {}) {
        problems.push({ sheet: sheet.name, row, column: column ? columnLetter(column) : null, code, params });
      },
    });
    if (formulas.count > 0) {
      const cell = formulas.first!.slice(sheet.name.length + 1);
      notices.push({ sheet: sheet.name, row: null, column: null, code: 'IMPORT_FORMULA_CACHED', params: { sheet: sheet.name, count: formulas.count, cell } });
    }
  }
  return {
    fileName: fileName.slice(0, 200),
    fileSha256: createHash('sha256').update(buffer).digest('hex'),
    headerFound,
    notices,
    sheetOrder: new Map(book.sheets.map((s) => [s.name, s.order])),
    xmlBytes: [...parts.values()].reduce((total, part) => total + part.length, 0) + [...packed.values()].reduce((total, part) => total + part.size, 0),
  };
}
