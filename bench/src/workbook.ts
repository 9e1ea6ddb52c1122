// Upload files as districts fill them: a merged title row, then one row per indicator with its
// code, name, unit, year-to-date value, reported growth and a note (the headers the import
// recognises: server/src/features/spreadsheets/sheet-headers.ts).
import ExcelJS from 'exceljs';
import { fromScaled, isUnitCode, toPlainString, unitLabel } from '@hongtu/domain';
import type { Db } from '@hongtu/server/src/db/database';
import type { GeneratedIndicator, GeneratedUnit } from './generate';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One district's figures for a month, computed from last year's same month (growth of 8 %). */
export interface MonthFigures {
  unit: GeneratedUnit;
  year: number;
  month: number;
  rows: { indicator: GeneratedIndicator; ytd: number; yoy: number | null }[];
}

/** Last year's figures of every district for the given months, by "orgId:month:indicatorId" (scaled). */
export async function lastYearFigures(db: Db, year: number, months: number[]): Promise<Map<string, bigint | number | string | null>> {
  const rows = await db
    .selectFrom('figures as f')
    .innerJoin('submissions as s', 's.id', 'f.submission_id')
    .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
    .select(['s.organisation_id', 'p.month', 'f.indicator_id', 'f.ytd_value'])
    .where('p.year', '=', year - 1)
    .where('p.month', 'in', months)
    .execute();
  return new Map(rows.map((r) => [`${r.organisation_id}:${r.month}:${r.indicator_id}`, r.ytd_value]));
}

/**
 * This year's figures of a district-month: last year's × 1.08 rounded to the indicator's
 * decimals (levels unchanged), the reported growth computed from them to two places, so the
 * dry run finds nothing to block.
 */
export function monthFigures(
  unit: GeneratedUnit,
  year: number,
  month: number,
  indicators: GeneratedIndicator[],
  lastYear: Map<string, bigint | number | string | null>,
): MonthFigures {
  const rows = indicators.map((indicator) => {
    const raw = lastYear.get(`${unit.id}:${month}:${indicator.id}`);
    const last = raw === undefined || raw === null ? 100 : Number(toPlainString(fromScaled(raw)));
    const factor = 10 ** indicator.decimals;
    if (indicator.kind === 'ratio') return { indicator, ytd: last, yoy: null };
    const ytd = Math.round(last * 1.08 * factor) / factor;
    const yoy = last > 0 ? Math.round((ytd / last - 1) * 100 * 100) / 100 : null;
    return { indicator, ytd, yoy };
  });
  return { unit, year, month, rows };
}

const HEADERS = ['指标代码', '指标名称', '计量单位', '本年累计', '比上年同期增长（%）', '备注'];

function sheetWithHeader(workbook: ExcelJS.Workbook, title: string): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet('填报表');
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.addRow(HEADERS);
  sheet.columns.forEach((column, i) => {
    column.width = [24, 28, 10, 14, 18, 20][i] ?? 12;
  });
  return sheet;
}

function labelOf(unit: string): string {
  return isUnitCode(unit) ? unitLabel(unit, 'zh-CN') : unit;
}

/** The file a district uploads for its month. */
export async function districtMonthWorkbook(figures: MonthFigures): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = sheetWithHeader(workbook, `${figures.year}年1-${figures.month}月 ${figures.unit.name} 主要经济指标完成情况`);
  for (const r of figures.rows) {
    sheet.addRow([r.indicator.code, r.indicator.name, labelOf(r.indicator.unit), r.ytd, r.yoy, null]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A 10 000-row sheet for one district-month: the district's real rows, then rows of indicators
 * the catalogue does not know, each with a value. The import reports every one of those rows
 * (sheet / row / column / message) and blocks the commit, so this file is timed as a dry run.
 */
export async function largeSheetWorkbook(figures: MonthFigures, totalRows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = sheetWithHeader(workbook, `${figures.year}年1-${figures.month}月 ${figures.unit.name} 指标明细`);
  for (const r of figures.rows) {
    sheet.addRow([r.indicator.code, r.indicator.name, labelOf(r.indicator.unit), r.ytd, r.yoy, null]);
  }
  for (let i = figures.rows.length; i < totalRows; i++) {
    sheet.addRow([`extra_${i}`, `明细项目${i}`, '万元', 1000 + (i % 997) / 100, 5.5, null]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
