import type ExcelJS from 'exceljs';
import type { Locale } from '@hongtu/contracts';
import { toPlainString, type Dec } from '@hongtu/domain';
import { fitsExcelNumber } from './cells';
import type { IndicatorNames } from './indicator-match';

// What the downloadable templates (a district's month, the city's targets) have in common: how a
// value is written so that the import reads it back exactly, and how input cells look.

/** Cells to fill in, and the header row. */
export const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EAF0' } };

/** A value as a number when Excel holds it exactly, else as exact text (which the import reads back the same). */
export function amountCell(value: Dec | null): string | number | null {
  if (value === null) return null;
  return fitsExcelNumber(value) ? value.toNumber() : toPlainString(value);
}

/** Excel's number format for an indicator's decimals: grouped, its decimals shown, up to 6 kept. */
export function amountFormat(decimals: number): string {
  const d = Math.min(decimals, 6);
  return d === 0 ? '#,##0' : `#,##0.${'0'.repeat(d)}${'#'.repeat(6 - d)}`;
}

/** An indicator's name in the caller's language. */
export function indicatorName(i: Pick<IndicatorNames, 'name_zh_cn' | 'name_zh_tw' | 'name_en'>, locale: Locale): string {
  return locale === 'en' ? i.name_en : locale === 'zh-TW' ? i.name_zh_tw : i.name_zh_cn;
}
