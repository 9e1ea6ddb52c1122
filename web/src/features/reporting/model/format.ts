import type { Indicator, Locale } from '@hongtu/contracts';
import { dec, formatNumberForUnit, formatPercent, isUnitCode, periodLabel, unitLabel } from '@hongtu/domain';

/** The unit as users write it (亿元 / 億元 / 100M yuan); unknown codes are shown as they are. */
export function indicatorUnit(indicator: Pick<Indicator, 'unit'>, locale: Locale): string {
  return isUnitCode(indicator.unit) ? unitLabel(indicator.unit, locale) : indicator.unit;
}

const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;

export function indicatorName(indicator: Pick<Indicator, 'names'>, locale: Locale): string {
  return indicator.names[locale];
}

/**
 * A stored value in its unit's usual form ("1506.89", "22,768"); null → null.
 * Never rounds away digits the district submitted: a value more precise than
 * the indicator's usual decimals is shown with all of them.
 */
export function formatValue(value: string | null, indicator: Pick<Indicator, 'unit' | 'decimals'>): string | null {
  if (value === null) return null;
  if (!isUnitCode(indicator.unit)) return value;
  return formatNumberForUnit(dec(value), indicator.unit, Math.max(indicator.decimals, decimalsOf(value)));
}

/** A growth rate as written: "4.5%", "-0.38%"; the decimals the value has are kept. */
export function formatGrowth(value: string | null): string | null {
  if (value === null) return null;
  return formatPercent(dec(value), decimalsOf(value));
}

/** "2026年1-11月", "2026年1-9月（前三季度）", "Jan–Nov 2026", "Q1–Q3 2026". */
export function periodTitle(p: { year: number; month: number }, locale: Locale): string {
  const months = periodLabel(p, locale, { withYear: true, style: 'months' });
  const named = periodLabel(p, locale, { withYear: locale === 'en' });
  if (locale === 'en') return named;
  const plain = periodLabel(p, locale, { style: 'months' });
  return named === plain ? months : `${months}（${named}）`;
}

/** { year, month } from "2026-11", or null for anything else. */
export function parseKey(key: string | undefined): { year: number; month: number } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

/** The default deadline: the 5th of the next month (YYYY-MM-DD, a calendar date in Asia/Shanghai). */
export function defaultDeadlineDate(year: number, month: number): string {
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  return `${y}-${String(m).padStart(2, '0')}-05`;
}

/** The month to open next: the one after the latest existing period, or this month when none exists. */
export function nextPeriodToOpen(periods: readonly { year: number; month: number }[], today: { year: number; month: number }): { year: number; month: number } {
  const latest = [...periods].sort((a, b) => b.year - a.year || b.month - a.month)[0];
  if (!latest) return today;
  return latest.month === 12 ? { year: latest.year + 1, month: 1 } : { year: latest.year, month: latest.month + 1 };
}
