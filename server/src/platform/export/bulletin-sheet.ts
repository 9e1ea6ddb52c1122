import ExcelJS from 'exceljs';
import { safeCell } from './xlsx';

// A table as a 通报 prints it: a title, a line with the period and the units, a two-level header
// (an indicator over its measures), the city's row first and bold, optional section rows (a
// district or an indicator heading its cards), in a Chinese font, fit to the width of an A4
// landscape page with the header repeated on every page.

/** Body and title fonts of Chinese official tables; Excel and WPS fall back on systems without them. */
export const BODY_FONT = '宋体';
export const TITLE_FONT = '黑体';

export interface BulletinColumn<T> {
  /** The upper header, shared by neighbouring columns with the same text (merged); none → the header spans both rows. */
  group?: string;
  header: string;
  width?: number;
  /** Excel number format, e.g. '0.0' for rates at one decimal. */
  numFmt?: string;
  align?: 'left' | 'center' | 'right';
  value: (row: T) => unknown;
}

export type BulletinRow<T> =
  | { kind: 'data'; row: T; emphasis?: boolean }
  /** A heading across the whole width (a district or an indicator before its rows). */
  | { kind: 'section'; text: string };

export interface BulletinTable<T> {
  sheetName: string;
  title: string;
  /** The line under the title: period, units, as of. */
  subtitle: string;
  columns: BulletinColumn<T>[];
  rows: BulletinRow<T>[];
  /** Notes under the table (how a figure is computed, where the city's figure comes from). */
  notes?: string[];
}

export const BULLETIN_TITLE_ROW = 1;
export const BULLETIN_SUBTITLE_ROW = 2;
export const BULLETIN_GROUP_ROW = 3;
export const BULLETIN_HEADER_ROW = 4;
export const BULLETIN_FIRST_DATA_ROW = 5;

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEFF3' } };
const SECTION_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F5F5' } };

/** Runs of neighbouring columns with the same upper header: [first, last] (1-based), text. */
function headerRuns<T>(columns: BulletinColumn<T>[]): { from: number; to: number; text: string | undefined }[] {
  const runs: { from: number; to: number; text: string | undefined }[] = [];
  columns.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && c.group !== undefined && last.text === c.group) last.to = i + 1;
    else runs.push({ from: i + 1, to: i + 1, text: c.group });
  });
  return runs;
}

export function addBulletinSheet<T>(workbook: ExcelJS.Workbook, table: BulletinTable<T>): ExcelJS.Worksheet {
  const { columns } = table;
  const width = columns.length;
  const sheet = workbook.addWorksheet(table.sheetName, {
    views: [{ state: 'frozen', ySplit: BULLETIN_HEADER_ROW, xSplit: 1 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: `${BULLETIN_GROUP_ROW}:${BULLETIN_HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&C&P / &N' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width ?? 12 }));

  const line = (row: number, text: string, font: Partial<ExcelJS.Font>, height: number, align: 'center' | 'left') => {
    sheet.mergeCells(row, 1, row, width);
    const cell = sheet.getCell(row, 1);
    cell.value = safeCell(text);
    cell.font = font;
    cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true };
    sheet.getRow(row).height = height;
  };
  line(BULLETIN_TITLE_ROW, table.title, { name: TITLE_FONT, size: 16, bold: true }, 30, 'center');
  line(BULLETIN_SUBTITLE_ROW, table.subtitle, { name: BODY_FONT, size: 10 }, 20, 'left');

  const header = (cell: ExcelJS.Cell, text: string) => {
    cell.value = safeCell(text);
    cell.font = { name: BODY_FONT, size: 10, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  for (const run of headerRuns(columns)) {
    if (run.text === undefined) {
      sheet.mergeCells(BULLETIN_GROUP_ROW, run.from, BULLETIN_HEADER_ROW, run.from);
      header(sheet.getCell(BULLETIN_GROUP_ROW, run.from), columns[run.from - 1]!.header);
      continue;
    }
    if (run.to > run.from) sheet.mergeCells(BULLETIN_GROUP_ROW, run.from, BULLETIN_GROUP_ROW, run.to);
    header(sheet.getCell(BULLETIN_GROUP_ROW, run.from), run.text);
    for (let i = run.from; i <= run.to; i += 1) header(sheet.getCell(BULLETIN_HEADER_ROW, i), columns[i - 1]!.header);
  }
  sheet.getRow(BULLETIN_GROUP_ROW).height = 22;
  sheet.getRow(BULLETIN_HEADER_ROW).height = 36;

  let r = BULLETIN_FIRST_DATA_ROW;
  for (const item of table.rows) {
    if (item.kind === 'section') {
      sheet.mergeCells(r, 1, r, width);
      const cell = sheet.getCell(r, 1);
      cell.value = safeCell(item.text);
      cell.font = { name: BODY_FONT, size: 10, bold: true };
      cell.fill = SECTION_FILL;
      cell.border = BORDER;
    } else {
      columns.forEach((c, i) => {
        const cell = sheet.getCell(r, i + 1);
        cell.value = safeCell(c.value(item.row));
        cell.font = { name: BODY_FONT, size: 10, bold: item.emphasis === true };
        cell.border = BORDER;
        if (c.numFmt) cell.numFmt = c.numFmt;
        cell.alignment = { horizontal: c.align ?? (i === 0 ? 'left' : 'center'), vertical: 'middle', wrapText: c.align === 'left' };
      });
    }
    r += 1;
  }
  for (const note of table.notes ?? []) {
    sheet.mergeCells(r, 1, r, width);
    const cell = sheet.getCell(r, 1);
    cell.value = safeCell(note);
    cell.font = { name: BODY_FONT, size: 9, color: { argb: 'FF595959' } };
    cell.alignment = { wrapText: true, vertical: 'top' };
    r += 1;
  }
  return sheet;
}

export async function bulletinWorkbook<T>(table: BulletinTable<T>, now?: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = now ?? new Date();
  addBulletinSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
