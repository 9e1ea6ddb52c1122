// Upload files as districts fill them: a merged title row, then one row per indicator with its
// code, name, unit, year-to-date value, reported growth and a note (the headers the import
// recognises: server/src/features/spreadsheets/sheet-headers.ts).
import ExcelJS from 'exceljs';
import { computesGrowth, fromScaled, hasQ1Share, isDue, isReportedReal, isLevel, isUnitCode, toPlainString, unitLabel } from '@hongtu/domain';
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
 * This year's figures of a district-month, for the indicators the month asks for (a quarterly
 * one only at a quarter's end): last year's × 1.08 rounded to the indicator's decimals (levels
 * unchanged), the reported growth computed from them to two places, so the dry run finds nothing
 * to block. Growth at constant prices is reported as such (8.00).
 */
export function monthFigures(
  unit: GeneratedUnit,
  year: number,
  month: number,
  indicators: GeneratedIndicator[],
  lastYear: Map<string, bigint | number | string | null>,
): MonthFigures {
  const rows = indicators.filter((indicator) => isDue(indicator.frequency, month)).map((indicator) => {
    const raw = lastYear.get(`${unit.id}:${month}:${indicator.id}`);
    const last = raw === undefined || raw === null ? 100 : Number(toPlainString(fromScaled(raw)));
    const factor = 10 ** indicator.decimals;
    if (isReportedReal(indicator.growthBasis)) return { indicator, ytd: Math.round(last * 1.08 * factor) / factor, yoy: 8 };
    if (!computesGrowth(indicator.kind)) return { indicator, ytd: last, yoy: null };
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

// ---------------------------------------------------------------------------------------------
// Targets in long format (server/src/features/targets/target-import-template.ts), with a 年度
// column so one file carries several years.

const TARGET_HEADERS = ['年度', '组织编码', '组织名称', '指标编码', '指标名称', '单位', '目标值', '目标比较', '增速目标(%)', '增速比较', '一季度占比(%)', '无目标'];

/** One target row of the benchmark file, values as written (amounts possibly in 万元). */
export interface TargetRowSpec {
  year: number;
  unit: GeneratedUnit;
  indicator: GeneratedIndicator;
  amount: number;
  /** Unit label of the amount as written: the indicator's own, or 万元 for an amount in 亿元. */
  unitLabel: string;
  growth: number | null;
  q1Share: number | null;
}

/**
 * Deterministic targets for every district × indicator × year; `round` shifts every value, so
 * each round changes every row. Half the 亿元 amounts are written in 万元 (×10^4, converted back
 * exactly by the import); cumulative indicators carry a Q1 share.
 */
export function targetRows(units: GeneratedUnit[], indicators: GeneratedIndicator[], years: number[], round: number): TargetRowSpec[] {
  const rows: TargetRowSpec[] = [];
  years.forEach((year, y) => {
    units.forEach((unit, u) => {
      indicators.forEach((indicator, i) => {
        const factor = 10 ** indicator.decimals;
        const ratio = isLevel(indicator.kind);
        const base = ratio ? 1 + ((u + i + y) % 40) / 10 : 50 + ((u * 37 + i * 11 + y * 5) % 900);
        const amount = Math.round(base * (1 + round / 100) * factor) / factor;
        const inWan = indicator.unit === 'yi_yuan' && u % 2 === 0;
        rows.push({
          year, unit, indicator,
          amount: inWan ? Math.round(amount * 10_000 * factor) / factor : amount,
          unitLabel: inWan ? '万元' : labelOf(indicator.unit),
          growth: ratio ? null : 5 + (u % 10) / 2 + round / 10,
          q1Share: hasQ1Share(indicator.kind) ? 20 + (u % 10) + round : null,
        });
      });
    });
  });
  return rows;
}

/** The targets file a city uploads: merged title row, header, one row per target. */
export async function targetsWorkbook(rows: TargetRowSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('年度目标');
  sheet.addRow(['各区主要经济指标年度目标']);
  sheet.mergeCells(1, 1, 1, TARGET_HEADERS.length);
  sheet.addRow(TARGET_HEADERS);
  for (const r of rows) {
    const comparator = r.indicator.direction === 'lower' ? '≤' : '≥';
    sheet.addRow([r.year, r.unit.code, r.unit.name, r.indicator.code, r.indicator.name, r.unitLabel, r.amount, comparator,
      r.growth, r.growth === null ? null : '≥', r.q1Share, null]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
