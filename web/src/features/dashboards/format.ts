// Display of dashboard figures beyond the shared ones (lib/format.ts): growth, percentage points,
// ranking measures, period names, "-11.44 个百分点". Every value arrives as exact decimal text and is
// formatted through @hongtu/domain, never a float.
import type { Locale, RankingMeasure } from '@hongtu/contracts';
import type { Direction } from '@hongtu/domain';
import { dec, fixedText, formatPercent, formatPoints, fx, parsePeriodKey, periodLabel, progressStatus, times, toPlainString } from '@hongtu/domain';
import { fmtPercent, fmtValue, NONE } from '../../lib/format';

/** Percentage points with an explicit sign: "+3.82 个百分点", "-11.44 个百分点". */
export function fmtPoints(value: string | null, locale: Locale): string {
  if (value === null) return NONE;
  const d = dec(toPlainString(value, 2));
  const text = formatPoints(d, { locale });
  return d.greaterThan(0) ? `+${text}` : text;
}

/** A growth rate with an explicit sign: "+4.50%", "-0.38%". */
export function fmtGrowth(value: string | null): string {
  if (value === null) return NONE;
  const text = formatPercent(dec(value));
  return dec(toPlainString(value, 2)).greaterThan(0) ? `+${text}` : text;
}

/** A ranking value in the measure's own form. */
export function fmtMeasure(value: string | null, measure: RankingMeasure, unit: string, locale: Locale, decimals?: number): string {
  switch (measure) {
    case 'completion':
      return fmtPercent(value);
    case 'yoy':
      return fmtGrowth(value);
    case 'progressGap':
      return fmtPoints(value, locale);
    case 'ytdValue':
      return fmtValue(value, unit, locale, decimals);
  }
}

/** "2022年前三季度" / "2026年1-10月" / "Q1–Q3 2022" for a period key; the key itself when malformed. */
export function fmtPeriod(key: string, locale: Locale): string {
  const p = parsePeriodKey(key);
  return p ? periodLabel(p, locale, { withYear: true }) : key;
}

/** Where the district should be by now: amount target × time progress (percent), exact. */
export function targetToDate(amountTarget: string | null, timeProgress: string): string | null {
  if (amountTarget === null) return null;
  return fixedText(times(fx(amountTarget), fx(timeProgress)) / 100n);
}

/** Ahead of or level with time progress (超/达时序进度) in the indicator's direction. null when there is no completion. */
export function isAhead(completion: string | null, timeProgress: string, direction: Direction): boolean | null {
  return completion === null ? null : progressStatus(fx(completion), fx(timeProgress), direction) !== 'behind';
}

/** Sorts district names the way Chinese readers expect (by pinyin). */
export const nameCollator = new Intl.Collator('zh-CN');
