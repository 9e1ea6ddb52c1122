// Figures and indicators as the pages show them, written the way Chinese statistical reports write
// them (DOMAIN.md "Numbers and text as they appear"): "1202.00 亿元", "63.56%". Values arrive as
// exact decimal text and are formatted through @hongtu/domain, never a float.
import type { Indicator, Locale } from '@hongtu/contracts';
import { dec, formatAmount, formatPercent, isUnitCode, toPlainString, unitLabel } from '@hongtu/domain';

/** Shown for a missing figure or "no target". */
export const NONE = '—';

/** An amount in its unit with the indicator's decimals: "1202.00 亿元", "12,345 户", "3.20%". */
export function fmtValue(value: string | null, unit: string, locale: Locale, decimals?: number): string {
  if (value === null) return NONE;
  const options = decimals === undefined ? { locale } : { locale, places: decimals };
  if (isUnitCode(unit)) return formatAmount(dec(value), unit, options);
  return `${toPlainString(value, decimals)} ${unit}`.trim();
}

/** The unit's label alone, for column headers: 亿元 / 億元 / 100M yuan; unknown codes as they are. */
export function fmtUnit(unit: string, locale: Locale): string {
  return isUnitCode(unit) ? unitLabel(unit, locale) : unit;
}

/** A value already in percent: "63.56%". */
export function fmtPercent(value: string | null, places = 2): string {
  return value === null ? NONE : formatPercent(dec(value), places);
}

/** A decimal text as a number for plotting only (display always uses the text). */
export function plot(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** The indicator's name in the UI language. */
export function indicatorName(indicator: Pick<Indicator, 'names'>, locale: Locale): string {
  return indicator.names[locale];
}

/** The indicator's unit as users write it (亿元 / 億元 / 100M yuan). */
export function indicatorUnit(indicator: Pick<Indicator, 'unit'>, locale: Locale): string {
  return fmtUnit(indicator.unit, locale);
}
