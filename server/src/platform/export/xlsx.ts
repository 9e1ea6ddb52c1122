import ExcelJS from 'exceljs';

/**
 * A cell value safe to open in Excel: text that starts like a formula
 * (= + - @, tab, CR) is prefixed with an apostrophe; numbers stay numbers.
 */
export function safeCell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => unknown;
}

/** Builds a one-sheet workbook with a bold, frozen header row. */
export async function buildSheet<T>(sheetName: string, columns: SheetColumn<T>[], rows: T[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 18 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => safeCell(c.value(row))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
