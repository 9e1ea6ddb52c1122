import ExcelJS from 'exceljs';
import type { Locale } from '@hongtu/contracts';
import { isUnitCode, periodLabel, unitLabel } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { BODY_FONT, TITLE_FONT } from '../../platform/export/bulletin-sheet';
import { safeCell } from '../../platform/export/xlsx';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { amountFromDb } from '../../db/amount-codec';
import { amountCell, amountFormat, HEADER_FILL, INPUT_FILL, indicatorName } from '../../platform/imports/template-cells';
import { loadMonth, periodKeyOf, type MonthContext } from '../reporting/reporting.public';
import { templateLabel } from './template-labels';
import { markerName, markerReference } from './template-marker';

const TITLE_ROW = 1;
const HINT_ROW = 2;
export const TEMPLATE_HEADER_ROW = 3;
/** Column order of the template; the import finds columns by their headers, not by position. */
export const TEMPLATE_COLUMNS = ['code', 'name', 'unit', 'previous', 'lastYear', 'ytd', 'yoy', 'note'] as const;
const INPUT_COLUMNS = new Set<(typeof TEMPLATE_COLUMNS)[number]>(['ytd', 'yoy', 'note']);
/** Amounts have at most 13 integer digits (amount-codec); the number cells accept decimals within them. */
const NUMBER_BOUND = 9_999_999_999_999;
/** Excel's limits on a validation's title and prompt. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MAX = 255;
const WIDTHS = { code: 14, name: 34, unit: 10, previous: 20, lastYear: 22, ytd: 20, yoy: 16, note: 36 };

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFB8BEC8' } }, bottom: { style: 'thin', color: { argb: 'FFB8BEC8' } },
  left: { style: 'thin', color: { argb: 'FFB8BEC8' } }, right: { style: 'thin', color: { argb: 'FFB8BEC8' } },
};

/**
 * The district's month as a workbook to fill in, laid out as a 统计报表: a merged title with the
 * unit's name and the period, a hint, the header, one row per indicator by its name (the code column
 * is hidden under the template's marker, template-marker.ts) with last month's and last year's YTD as
 * reference and the current values pre-filled, number cells that accept only numbers (their prompt
 * names the indicator and its unit), and the 单位负责人 / 填表人 / 联系电话 / 报出日期 lines under the
 * table. Only the input cells are unlocked; the sheet is protected without a password (it guards
 * against slips, not against the user). A4 landscape, fit to the width, in a Chinese font.
 */
export async function buildTemplate(m: MonthContext, locale: Locale, now: Date): Promise<Buffer> {
  const { year, month } = m.period;
  const workbook = new ExcelJS.Workbook();
  workbook.created = now;
  workbook.creator = 'Hongtu 宏图';
  const sheetName = templateLabel('sheet', locale);
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: TEMPLATE_HEADER_ROW, xSplit: 2 }],
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true,
      printTitlesRow: `${TEMPLATE_HEADER_ROW}:${TEMPLATE_HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = TEMPLATE_COLUMNS.map((key) => ({ key, width: WIDTHS[key], style: { font: { name: BODY_FONT, size: 11 } } }));
  // The codes stay in the file for the import, out of sight of the person filling it in.
  sheet.getColumn(1).hidden = true;
  const last = TEMPLATE_COLUMNS.length;

  sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, last);
  const title = sheet.getCell(TITLE_ROW, 1);
  title.value = safeCell(templateLabel('title', locale, { organisation: m.organisation.name, period: periodLabel({ year, month }, locale, { withYear: true }) }));
  title.font = { name: TITLE_FONT, bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(TITLE_ROW).height = 26;
  sheet.mergeCells(HINT_ROW, 1, HINT_ROW, last);
  const hint = sheet.getCell(HINT_ROW, 1);
  hint.value = templateLabel('hint', locale);
  hint.font = { name: BODY_FONT, italic: true, color: { argb: 'FF5B6472' } };
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
    cell.font = { name: BODY_FONT, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  const invalid = { showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: templateLabel('numberError', locale).slice(0, PROMPT_TITLE_MAX), error: templateLabel('numberError', locale) };
  for (const indicator of m.indicators) {
    const figure = m.figures.get(indicator.id);
    const unit = isUnitCode(indicator.unit) ? unitLabel(indicator.unit, locale) : indicator.unit;
    const promptTitle = `${indicatorName(indicator, locale)}（${unit}）`.slice(0, PROMPT_TITLE_MAX);
    const values = {
      code: indicator.code,
      name: safeCell(indicatorName(indicator, locale)),
      unit,
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
      if (key === 'code') cell.font = { name: BODY_FONT, color: { argb: 'FF8A93A3' } };
      if (INPUT_COLUMNS.has(key)) {
        cell.protection = { locked: false };
        cell.fill = INPUT_FILL;
      }
      if (key === 'ytd' || key === 'yoy') {
        const prompt = key === 'ytd' ? templateLabel('ytdPrompt', locale, { unit, decimals: String(Math.min(indicator.decimals, 6)) }) : templateLabel('yoyPrompt', locale);
        cell.dataValidation = {
          type: 'decimal', operator: 'between', allowBlank: true, formulae: [-NUMBER_BOUND, NUMBER_BOUND],
          showInputMessage: true, promptTitle, prompt: prompt.slice(0, PROMPT_MAX), ...invalid,
        };
      }
    });
  }
  const lastIndicatorRow = TEMPLATE_HEADER_ROW + m.indicators.length;
  workbook.definedNames.add(markerReference(sheetName, 'A', TEMPLATE_HEADER_ROW, lastIndicatorRow), markerName());
  signatureLines(sheet, lastIndicatorRow + 2, locale);

  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The lines under a 统计报表's table: 单位负责人 and 填表人, 联系电话 and 报出日期, each label beside an
 * underlined cell to write in (unlocked). They sit outside the value columns: the import passes them by.
 */
function signatureLines(sheet: ExcelJS.Worksheet, first: number, locale: Locale) {
  const lines = [['head', 'filler'], ['phone', 'reportDate']] as const;
  lines.forEach((pair, i) => {
    const row = sheet.getRow(first + i);
    row.height = 24;
    pair.forEach((key, j) => {
      const label = row.getCell(2 + 2 * j);
      label.value = templateLabel(key, locale);
      label.font = { name: BODY_FONT, bold: true };
      label.alignment = { horizontal: 'right', vertical: 'bottom' };
      const blank = row.getCell(3 + 2 * j);
      blank.value = key === 'reportDate' ? templateLabel('dateBlank', locale) : null;
      blank.font = { name: BODY_FONT };
      blank.alignment = { vertical: 'bottom' };
      blank.border = { bottom: { style: 'thin', color: { argb: 'FF000000' } } };
      blank.protection = { locked: false };
    });
  });
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
