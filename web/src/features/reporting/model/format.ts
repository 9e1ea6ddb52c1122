import type { Indicator, Locale } from '@hongtu/contracts';
import { comparePeriods, dec, formatNumberForUnit, formatPercent, isUnitCode, nextPeriod, parsePeriodKey, periodLabel, type Period } from '@hongtu/domain';

const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;

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

/** { year, month } from "2026-11", or null for anything else (a route parameter may be missing). */
export function parseKey(key: string | undefined): Period | null {
  return key === undefined ? null : parsePeriodKey(key);
}

/** The month to open next: the one after the latest existing period, or this month when none exists. */
export function nextPeriodToOpen(periods: readonly Period[], today: Period): Period {
  const latest = [...periods].sort((a, b) => comparePeriods(b, a))[0];
  return latest ? nextPeriod(latest) : today;
}
