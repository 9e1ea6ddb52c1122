import * as ExcelJSModule from 'exceljs';

// exceljs is CommonJS: under Node's ESM loader its classes sit on the default export.
const ExcelJS = (ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule;

/** Headers of the downloaded template (server/src/features/spreadsheets/template-labels.ts), matched by their start. */
const HEADERS = { code: '指标代码', unit: '单位', previous: '上月累计', lastYear: '去年同期累计', ytd: '本年累计', yoy: '同比增速', note: '备注' } as const;
type Column = keyof typeof HEADERS;

export interface TemplateRow {
  row: number;
  code: string;
  unit: string;
  previous: number | null;
  lastYear: number | null;
}

export interface FilledTemplate {
  /** The Excel column letter of each header. */
  letters: Record<Column, string>;
  rows: TemplateRow[];
}

const asNumber = (v: ExcelJSModule.CellValue): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : null);
const isCount = (unit: string) => ['户', '人', '个', '家', '项', '宗'].includes(unit);

/**
 * A plausible November for a row: 10 % above October's YTD (cumulative
 * indicators may not fall), the reported growth computed from last year's
 * same period when the template gives it (so it agrees within tolerance).
 * A level such as the unemployment rate (%) stays where it was.
 */
export function plausibleFigures(row: TemplateRow): { ytd: number; yoy: number | null } {
  const previous = row.previous ?? 100;
  if (row.unit === '%') return { ytd: previous, yoy: null };
  const ytd = isCount(row.unit) ? Math.ceil(previous * 1.1) : Math.round(previous * 110) / 100;
  const yoy = row.lastYear && row.lastYear > 0 ? Math.round(((ytd - row.lastYear) / row.lastYear) * 1000) / 10 : 6.5;
  return { ytd, yoy };
}

/** Reads the template's header row and the reference values of each indicator row. */
export async function readTemplate(file: string): Promise<FilledTemplate> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0]!;
  let headerRow = 0;
  const letters: Partial<Record<Column, string>> = {};
  sheet.eachRow((row, r) => {
    if (headerRow) return;
    row.eachCell((cell, c) => {
      const text = String(cell.value ?? '');
      for (const [key, label] of Object.entries(HEADERS) as [Column, string][]) {
        if (text.startsWith(label) && !letters[key]) letters[key] = sheet.getColumn(c).letter;
      }
    });
    if (letters.code && letters.ytd) headerRow = r;
  });
  if (!headerRow) throw new Error('template header not found');
  const rows: TemplateRow[] = [];
  for (let r = headerRow + 1; r <= sheet.actualRowCount; r++) {
    const code = String(sheet.getCell(`${letters.code}${r}`).value ?? '').trim();
    if (!code) continue;
    rows.push({
      row: r,
      code,
      unit: String(sheet.getCell(`${letters.unit}${r}`).value ?? ''),
      previous: asNumber(sheet.getCell(`${letters.previous}${r}`).value),
      lastYear: asNumber(sheet.getCell(`${letters.lastYear}${r}`).value),
    });
  }
  return { letters: letters as Record<Column, string>, rows };
}

/**
 * Writes the input cells the way an operator would: every figure, except
 * that `overrides` (indicator code → cell text) are typed as given.
 */
export async function fillTemplate(source: string, target: string, overrides: Record<string, string> = {}): Promise<FilledTemplate> {
  const template = await readTemplate(source);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(source);
  const sheet = workbook.worksheets[0]!;
  const { letters } = template;
  for (const row of template.rows) {
    const { ytd, yoy } = plausibleFigures(row);
    sheet.getCell(`${letters.ytd}${row.row}`).value = overrides[row.code] ?? ytd;
    sheet.getCell(`${letters.yoy}${row.row}`).value = yoy;
  }
  await workbook.xlsx.writeFile(target);
  return template;
}
