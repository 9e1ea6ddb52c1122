// Reporting periods. DOMAIN.md "Rhythm of the year": districts report year-to-date cumulative
// figures every month ("1-9月"); quarters are 一季度, 上半年, 前三季度, 全年.
import type { Locale } from './locale';

/** Year-to-date period: January through `month` of `year` (month 1..12). */
export type Period = { readonly year: number; readonly month: number };

export type Quarter = 1 | 2 | 3 | 4;

export class InvalidPeriodError extends Error {
  override readonly name = 'InvalidPeriodError';
  constructor(readonly year: number, readonly month: number) {
    super(`Invalid period ${year}-${month}`);
  }
}

export function isValidPeriod(p: Period): boolean {
  return Number.isInteger(p.year) && p.year >= 1900 && p.year <= 9999 && Number.isInteger(p.month) && p.month >= 1 && p.month <= 12;
}

export function period(year: number, month: number): Period {
  const p = { year, month };
  if (!isValidPeriod(p)) throw new InvalidPeriodError(year, month);
  return p;
}

/** The report before this one: 1-9月 → 1-8月; 1月份 → last year's 全年. */
export function previousPeriod(p: Period): Period {
  return p.month === 1 ? period(p.year - 1, 12) : period(p.year, p.month - 1);
}

export function nextPeriod(p: Period): Period {
  return p.month === 12 ? period(p.year + 1, 1) : period(p.year, p.month + 1);
}

/** The base of year-on-year growth (同比): the same months of last year. */
export function samePeriodLastYear(p: Period): Period {
  return period(p.year - 1, p.month);
}

export function quarterOfMonth(month: number): Quarter {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new InvalidPeriodError(0, month);
  return Math.ceil(month / 3) as Quarter;
}

export function isQuarterEnd(month: number): boolean {
  return month === 3 || month === 6 || month === 9 || month === 12;
}

export function comparePeriods(a: Period, b: Period): number {
  return a.year !== b.year ? a.year - b.year : a.month - b.month;
}

/** Months from a to b (b − a); consecutive reports differ by 1, also across New Year. */
export function monthsBetween(a: Period, b: Period): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** "2024-09": the stable key used in storage and URLs. */
export function periodKey(p: Period): string {
  return `${p.year}-${String(p.month).padStart(2, '0')}`;
}

/** Asia/Shanghai (UTC+8, no daylight saving): deadlines and "today" are Beijing calendar days. */
export const SHANGHAI_OFFSET = '+08:00';

/** The default deadline of a reporting month: the 5th of the following month (a Beijing calendar date). */
export const DEFAULT_DEADLINE_DAY = 5;

/** "YYYY-MM-DD" of the default deadline of the month. */
export function defaultDeadlineDate(p: Period): string {
  return `${periodKey(nextPeriod(p))}-${String(DEFAULT_DEADLINE_DAY).padStart(2, '0')}`;
}

/** The instant a deadline date ends in Beijing (23:59:59.999 +08:00), as ISO-8601 UTC. */
export function endOfShanghaiDay(isoDate: string): string {
  return new Date(`${isoDate}T23:59:59.999${SHANGHAI_OFFSET}`).toISOString();
}

export function parsePeriodKey(key: string): Period | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const p = { year: Number(match[1]), month: Number(match[2]) };
  return isValidPeriod(p) ? p : null;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const EN_FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Names used for quarter ends; the characters are the same in Simplified and Traditional. */
const NAMED: Readonly<Record<number, { zh: string; en: string }>> = {
  3: { zh: '一季度', en: 'Q1' },
  6: { zh: '上半年', en: 'H1' },
  9: { zh: '前三季度', en: 'Q1–Q3' },
  12: { zh: '全年', en: 'Full year' },
};

export type PeriodLabelOptions = {
  /** 'named' (default) uses 一季度 / 上半年 / 前三季度 / 全年; 'months' always writes 1-m月. */
  style?: 'named' | 'months';
  withYear?: boolean;
};

/** 1月份 / 1-2月 / 一季度 / 上半年 / 前三季度 (1-9月) / 全年, and English equivalents. */
export function periodLabel(p: Period, locale: Locale, options: PeriodLabelOptions = {}): string {
  const named = options.style === 'months' ? undefined : NAMED[p.month];
  const withYear = options.withYear === true;
  if (locale === 'en') {
    const text =
      named?.en ??
      (p.month === 1 ? EN_FULL_MONTHS[0] : `${EN_MONTHS[0]}–${EN_MONTHS[p.month - 1] ?? ''}`);
    return withYear ? `${text} ${p.year}` : text;
  }
  const text = named?.zh ?? (p.month === 1 ? '1月份' : `1-${p.month}月`);
  return withYear ? `${p.year}年${text}` : text;
}

/** The month a period label stands for: "1-9月" / "前三季度" / "上半年" / "1月份" / "全年" → 9 / 9 / 6 / 1 / 12. */
export function parsePeriodLabel(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/[—–~～至]/g, '-');
  const words: Readonly<Record<string, number>> = {
    一季度: 3, 第一季度: 3, 一季: 3,
    上半年: 6,
    前三季度: 9, 前三季: 9,
    全年: 12, 年内: 12,
  };
  const named = words[t];
  if (named !== undefined) return named;
  const range = /^1-(\d{1,2})月(份)?$/.exec(t);
  if (range) {
    const month = Number(range[1]);
    return month >= 2 && month <= 12 ? month : null;
  }
  if (/^1月(份)?$/.test(t)) return 1;
  return null;
}
