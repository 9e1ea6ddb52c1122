// A report's workbook, made from its ReportDocument only: each table block a sheet in the document's
// order (named by its sheetName), a title row, the header, then the rows — a cell with an exact
// value is a number with its format, every other cell is text. Text is never a formula: a cell is
// written as a string with the text format (@), so "=1+1" or "@SUM(A1)" stays what was typed.
// The sources of the numbers are the last sheet. Written with ExcelJS's streaming writer: each row
// is committed (its XML written into the zip) as soon as it is filled, so a city's bulletin — 40
// sheets and tens of thousands of source rows — never sits in memory as cell objects.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ReportBlock, ReportCell, ReportDocument } from '@hongtu/contracts/reports';
import { APPENDIX_COLUMNS, appendixRows } from './docx-appendix';
import { CARD_FILL, HEADER_FILL } from './docx-layout';
import { PROVISIONAL_MARK } from './report-docx';

type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

export const SOURCES_SHEET = '数据来源';
const TEXT_FORMAT = '@';
/** Excel keeps 15 significant digits: a longer decimal is written as text to stay exact. */
const EXACT_DIGITS = 15;

const SOURCE_COLUMNS = [...APPENDIX_COLUMNS.slice(0, 5), { label: '计量单位', width: 0.8 }, ...APPENDIX_COLUMNS.slice(5)];

const fill = (rgb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } });

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

function writeCell(target: ExcelJS.Cell, cell: ReportCell): void {
  const number = cell.value !== undefined && cell.value !== null ? exactNumber(cell.value) : null;
  if (number !== null) {
    target.value = number;
    if (cell.numFmt) target.numFmt = cell.numFmt;
  } else {
    // A string cell with the text format: never read as a formula, kept as text when edited.
    target.value = cell.text;
    target.numFmt = TEXT_FORMAT;
  }
  if (cell.card) target.fill = fill(CARD_FILL[cell.card]);
}

function writeTable(
  sheet: ExcelJS.Worksheet, title: string, columns: readonly { label: string; width?: number }[], rows: ReportCell[][], note?: string,
): void {
  const width = Math.max(1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.numFmt = TEXT_FORMAT;
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center' };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
  columns.forEach((column, i) => {
    const cell = sheet.getCell(2, i + 1);
    cell.value = column.label;
    cell.numFmt = TEXT_FORMAT;
    cell.font = { bold: true };
    cell.fill = fill(HEADER_FILL);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.getColumn(i + 1).width = Math.max(8, Math.min(60, Math.round((column.width ?? 1) * 14)));
  });
  sheet.getRow(1).commit();
  sheet.getRow(2).commit();
  rows.forEach((row, r) => {
    row.forEach((cell, c) => writeCell(sheet.getCell(r + 3, c + 1), cell));
    sheet.getRow(r + 3).commit();
  });
  if (note) writeCell(sheet.getCell(rows.length + 4, 1), { text: note });
  sheet.commit();
}

/** The frozen title and header rows, given when a sheet is added (the streaming writer writes them first). */
const SHEET_OPTIONS: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', ySplit: 2 }] };

/** The report's workbook: its tables in order, then the sources. */
export async function renderReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => { stream.on('end', resolve); stream.on('error', reject); });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = doc.issuer;
  workbook.title = doc.title;
  const taken = new Set<string>([SOURCES_SHEET.toLowerCase()]);
  const mark = doc.provisional ? `（${PROVISIONAL_MARK}）` : '';
  for (const block of doc.blocks.filter((b): b is TableBlock => b.kind === 'table')) {
    const sheet = workbook.addWorksheet(sheetNameOf(block.sheetName, taken), SHEET_OPTIONS);
    writeTable(sheet, `${block.title}${mark}`, block.columns, block.rows, block.note);
  }
  const sources = workbook.addWorksheet(SOURCES_SHEET, SHEET_OPTIONS);
  // The value as a number with its unit in a column of its own (the Word appendix writes them together).
  const rows = appendixRows(doc.sources, doc.periodKey).map((row, i) => [...row.slice(0, 5), { text: doc.sources[i]!.unit }, ...row.slice(5)]);
  writeTable(sources, `${doc.title}${mark} ${SOURCES_SHEET}`, SOURCE_COLUMNS, rows);
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}
