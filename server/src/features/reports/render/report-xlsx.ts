// A report's workbook, made from its ReportDocument only: each table block a sheet in the document's
// order (named by its sheetName), a title row, the header, then the rows — a cell with an exact
// value is a number with its format, every other cell is text. Text is never a formula: a cell is
// written as a string with the text format (@), so "=1+1" or "@SUM(A1)" stays what was typed.
// The sources of the numbers are the last sheet. Written as SpreadsheetML text row by row into the
// zip (xlsx-package.ts), so a city's bulletin — 40 sheets and tens of thousands of source rows —
// never sits in memory as cell objects.
import type { ReportBlock, ReportCell, ReportDocument } from '@hongtu/contracts/reports';
import { APPENDIX_COLUMNS, appendixRowsOf } from './docx-appendix';
import { CARD_FILL, HEADER_FILL } from './docx-layout';
import { PROVISIONAL_MARK } from './report-docx';
import { columnLetters, packXlsx, StyleSheet, type SheetCell, type SheetContent } from './xlsx-package';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

export const SOURCES_SHEET = '数据来源';
const TEXT_FORMAT = '@';
/** Excel keeps 15 significant digits: a longer decimal is written as text to stay exact. */
const EXACT_DIGITS = 15;

const SOURCE_COLUMNS = [...APPENDIX_COLUMNS.slice(0, 5), { label: '计量单位', width: 0.8 }, ...APPENDIX_COLUMNS.slice(5)];

/** The decimal as a number when a double holds it exactly as written (to Excel's 15 digits), else null. */
export function exactNumber(value: string): number | null {
  const text = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  if (text.replace(/^-/, '').replace('.', '').replace(/^0+/, '').length > EXACT_DIGITS) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** A sheet name Excel accepts (no []:*?/\ , ≤ 31 characters), unique in the workbook. */
function sheetNameOf(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim() || '表').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base.slice(0, 31 - `(${n})`.length)}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

/** A number with its format when exact, else the text with the text format; card cells filled. */
function cellOf(cell: ReportCell, styles: StyleSheet): SheetCell {
  const fill = cell.card ? CARD_FILL[cell.card] : undefined;
  const number = cell.value !== undefined && cell.value !== null ? exactNumber(cell.value) : null;
  if (number !== null) return { number, style: styles.of({ ...(cell.numFmt ? { numFmt: cell.numFmt } : {}), ...(fill ? { fill } : {}) }) };
  // A string cell with the text format: never read as a formula, kept as text when edited.
  return { text: cell.text, style: styles.of({ numFmt: TEXT_FORMAT, ...(fill ? { fill } : {}) }) };
}

/** A sheet of one table: the merged title, the header, the rows, the note two rows below. */
function tableSheet(
  name: string, styles: StyleSheet, title: string, columns: readonly { label: string; width?: number }[], rows: () => Iterable<readonly ReportCell[]>, note?: string,
): SheetContent {
  const width = Math.max(1, columns.length);
  const titleStyle = styles.of({ numFmt: TEXT_FORMAT, font: { bold: true, size: 14 }, alignment: { horizontal: 'center' } });
  const headerStyle = styles.of({ numFmt: TEXT_FORMAT, font: { bold: true }, fill: HEADER_FILL, alignment: { horizontal: 'center', vertical: 'center', wrapText: true } });
  return {
    name,
    widths: columns.map((column) => Math.max(8, Math.min(60, Math.round((column.width ?? 1) * 14)))),
    frozenRows: 2,
    merge: width > 1 ? `A1:${columnLetters(width)}1` : null,
    *rows() {
      yield { row: 1, cells: [{ text: title, style: titleStyle }, ...Array.from({ length: width - 1 }, () => ({ empty: true as const, style: titleStyle }))] };
      if (columns.length > 0) yield { row: 2, cells: columns.map((c) => ({ text: c.label, style: headerStyle })) };
      let row = 3;
      for (const cells of rows()) yield { row: row++, cells: cells.map((cell) => cellOf(cell, styles)) };
      if (note) yield { row: row + 1, cells: [cellOf({ text: note }, styles)] };
    },
  };
}

/** The report's workbook: its tables in order, then the sources. */
export async function renderReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const styles = new StyleSheet();
  const taken = new Set<string>([SOURCES_SHEET.toLowerCase()]);
  const mark = doc.provisional ? `（${PROVISIONAL_MARK}）` : '';
  function* sheets(): Generator<SheetContent> {
    for (const block of doc.blocks.filter((b): b is TableBlock => b.kind === 'table')) {
      yield tableSheet(sheetNameOf(block.sheetName, taken), styles, `${block.title}${mark}`, block.columns, () => block.rows, block.note);
    }
    // The value as a number with its unit in a column of its own (the Word appendix writes them together);
    // the rows made one by one as the sheet is written.
    function* sourceRows(): Generator<ReportCell[]> {
      let i = 0;
      for (const row of appendixRowsOf(doc.sources, doc.periodKey)) yield [...row.slice(0, 5), { text: doc.sources[i++]!.unit }, ...row.slice(5)];
    }
    yield tableSheet(SOURCES_SHEET, styles, `${doc.title}${mark} ${SOURCES_SHEET}`, SOURCE_COLUMNS, sourceRows);
  }
  return packXlsx(sheets(), styles, { title: doc.title, creator: doc.issuer });
}
