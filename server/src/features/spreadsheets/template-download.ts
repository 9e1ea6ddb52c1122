import ExcelJS from 'exceljs';
import type { Locale } from '@hongtu/contracts';
import { isUnitCode, periodLabel, unitLabel } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { safeCell } from '../../platform/export/xlsx';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { amountFromDb } from '../../db/amount-codec';
import { amountCell, amountFormat, HEADER_FILL, INPUT_FILL, indicatorName } from '../../platform/imports/template-cells';
import { loadMonth, periodKeyOf, type MonthContext } from '../reporting/reporting.public';
import { templateLabel } from './template-labels';

const TITLE_ROW = 1;
const HINT_ROW = 2;
export const TEMPLATE_HEADER_ROW = 3;
/** Column order of the template; the import finds columns by their headers, not by position. */
export const TEMPLATE_COLUMNS = ['code', 'name', 'unit', 'previous', 'lastYear', 'ytd', 'yoy', 'note'] as const;
const INPUT_COLUMNS = new Set<(typeof TEMPLATE_COLUMNS)[number]>(['ytd', 'yoy', 'note']);
const WIDTHS = { code: 14, name: 34, unit: 10, previous: 20, lastYear: 22, ytd: 20, yoy: 16, note: 36 };

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFB8BEC8' } }, bottom: { style: 'thin', color: { argb: 'FFB8BEC8' } },
  left: { style: 'thin', color: { argb: 'FFB8BEC8' } }, right: { style: 'thin', color: { argb: 'FFB8BEC8' } },
};

/**
 * The district's month as a workbook to fill in: a merged title, a hint, the
 * header (units in the headers and in a unit column), one row per indicator
 * with last month's and last year's YTD as reference and the current values
 * pre-filled. Only the input cells are unlocked; the sheet is protected
 * without a password (it guards against slips, not against the user).
 */
export async function buildTemplate(m: MonthContext, locale: Locale, now: Date): Promise<Buffer> {
  const { year, month } = m.period;
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  workbook.creator = 'Hongtu 宏图';
  const sheet = workbook.addWorksheet(templateLabel('sheet', locale), { views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW, xSplit: 2 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((key) => ({ key, width: WIDTHS[key] }));
  const last = TEMPLATE_COLUMNS.length;

  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = safeCell(templateLabel('title', locale, { organisation: m.organisation.name, period: periodLabel({ year, month }, locale, { withYear: true }) }));
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 26;
  sheet.mergeCells(HINT_ROW, 1, HINT_ROW, last);
  const hint = sheet.getCell(HINT_ROW, 1);
  hint.value = templateLabel('hint', locale);
  hint.font = { italic: true, color: { argb: 'FF5B6472' } };
  hint.alignment = { wrapText: true, vertical: 'middle' };
  sheet.getRow(HINT_ROW).height = 32;

  const period = (p: { year: number; month: number }) => periodLabel(p, locale, { withYear: true, style: 'months' });
  const headers: Record<(typeof TEMPLATE_COLUMNS)[number], string> = {
    code: templateLabel('code', locale),
    name: templateLabel('name', locale),
    unit: templateLabel('unit', locale),
    previous: templateLabel('previous', locale, { period: month > 1 ? period({ year, month: month - 1 }) : '—' }),
    lastYear: templateLabel('lastYear', locale, { period: period({ year: year - 1, month }) }),
    ytd: templateLabel('ytd', locale, { period: period({ year, month }) }),
    yoy: templateLabel('yoy', locale),
    note: templateLabel('note', locale),
  };
  const header = sheet.getRow(TEMPLATE_HEADER_ROW);
  header.values = TEMPLATE_COLUMNS.map((key) => headers[key]);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  for (const indicator of m.indicators) {
    const figure = m.figures.get(indicator.id);
    const values = {
      code: indicator.code,
      name: safeCell(indicatorName(indicator, locale)),
      unit: isUnitCode(indicator.unit) ? unitLabel(indicator.unit, locale) : indicator.unit,
      previous: amountCell(amountFromDb(m.previous.get(indicator.id)?.ytd_value ?? null)),
      lastYear: amountCell(amountFromDb(m.lastYear.get(indicator.id)?.ytd_value ?? null)),
      ytd: amountCell(amountFromDb(figure?.ytd_value ?? null)),
      yoy: amountCell(amountFromDb(figure?.reported_yoy ?? null)),
      note: safeCell(figure?.note ?? null),
    };
    const row = sheet.addRow(TEMPLATE_COLUMNS.map((key) => values[key]));
    TEMPLATE_COLUMNS.forEach((key, index) => {
      const cell = row.getCell(index + 1);
      cell.border = BORDER;
      if (key === 'previous' || key === 'lastYear' || key === 'ytd') cell.numFmt = amountFormat(indicator.decimals);
      if (key === 'yoy') cell.numFmt = '0.0#';
      if (key === 'code') cell.font = { color: { argb: 'FF8A93A3' } };
      if (INPUT_COLUMNS.has(key)) {
        cell.protection = { locked: false };
        cell.fill = INPUT_FILL;
      }
    });
  }

  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** GET …/template.xlsx: the month inside the caller's scope (404 outside it), in the caller's language. */
export function createTemplateDownload({ db, clock }: Deps) {
  return async (ctx: RequestContext, periodKey: string, organisationId: number) => {
    const m = await loadMonth(db, requireActor(ctx), periodKey, organisationId);
    const body = await buildTemplate(m, ctx.locale, clock.now());
    const fileName = `${m.organisation.code}-${periodKeyOf(m.period)}.xlsx`;
    const localName = `${m.organisation.name}-${periodKeyOf(m.period)}.xlsx`;
    return { body, fileName, localName };
  };
}
