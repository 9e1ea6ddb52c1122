// Display of dashboard figures beyond the shared ones (lib/format.ts): growth, percentage points,
// ranking measures, period names, "-11.44 个百分点". Every value arrives as exact decimal text and is
// formatted through @hongtu/domain, never a float.
import type { Locale, RankingMeasure } from '@hongtu/contracts';
import type { Direction } from '@hongtu/domain';
import { changesInPoints, dec, fixedText, formatGrowth, formatPoints, fx, parsePeriodKey, periodLabel, progressStatus, times, toPlainString } from '@hongtu/domain';
import { fmtPercent, fmtValue, NONE } from '../../lib/format';

/** Percentage points with an explicit sign: "+3.82 个百分点", "-11.44 个百分点". */
export function fmtPoints(value: string | null, locale: Locale): string {
  if (value === null) return NONE;
  const d = dec(toPlainString(value, 2));
  const text = formatPoints(d, { locale });
  return d.greaterThan(0) ? `+${text}` : text;
}

/**
 * A growth as bulletins write it, one decimal with its sign: "+4.6%", "-0.4%"; with the indicator's
 * unit, a rate indicator's (unemployment) change in percentage points: "-0.3 个百分点".
 */
export function fmtGrowth(value: string | null, unit?: string, locale: Locale = 'zh-CN'): string {
  if (value === null) return NONE;
  return formatGrowth(dec(value), { points: unit !== undefined && changesInPoints(unit), locale });
}

/** A ranking value in the measure's own form. */
export function fmtMeasure(value: string | null, measure: RankingMeasure, unit: string, locale: Locale, decimals?: number): string {
  switch (measure) {
    case 'completion':
      return fmtPercent(value);
    case 'yoy':
      return fmtGrowth(value, unit, locale);
    case 'progressGap':
      return fmtPoints(value, locale);
    case 'ytdValue':
      return fmtValue(value, unit, locale, decimals);
  }
}

/** Percentage points with an explicit sign at `places` decimals (the published rounding). */
function pointsAt(value: string, places: number, locale: Locale): string {
  const d = dec(toPlainString(value, places));
  const text = formatPoints(d, { locale, places });
  return d.greaterThan(0) ? `+${text}` : text;
}

/**
 * A ranked value as published: rates at one decimal ("12.9%", "+5.1%", "-3.8 个百分点"), amounts
 * at the indicator's decimals — what the rank was decided on, so tied units read the same.
 */
export function fmtRanked(value: string | null, measure: RankingMeasure, unit: string, locale: Locale, places: number): string {
  if (value === null) return NONE;
  switch (measure) {
    case 'completion':
      return fmtPercent(value, places);
    case 'yoy':
      return formatGrowth(dec(value), { places, points: changesInPoints(unit), locale });
    case 'progressGap':
      return pointsAt(value, places, locale);
    case 'ytdValue':
      return fmtValue(value, unit, locale, places);
  }
}

/** Growth minus its target, in percentage points at one decimal, signed: "-0.6 个百分点". */
export function fmtGrowthGap(value: string | null, locale: Locale): string {
  return value === null ? NONE : pointsAt(value, 1, locale);
}

/** Ranks that more than one row holds (ties, 并列). */
export function tiedRanks(ranks: ReadonlyArray<number | null>): Set<number> {
  const seen = new Set<number>();
  const tied = new Set<number>();
  for (const rank of ranks) {
    if (rank === null) continue;
    if (seen.has(rank)) tied.add(rank);
    seen.add(rank);
  }
  return tied;
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
