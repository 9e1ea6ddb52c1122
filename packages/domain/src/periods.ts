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

/**
 * The months a period label covers, January-based or not: "1-9月", "一至九月", "前三季度" → 1–9;
 * "三季度" → 7–9 (one quarter); "9月" → 9–9 (one month); with the year it names, if any
 * ("2025年1-11月" → 2025). Used to read forms and to check an imported file's titles and headers
 * against the month being reported (DOMAIN.md "Periods and keys").
 */
export type PeriodSpan = { readonly year: number | null; readonly fromMonth: number; readonly toMonth: number };

/** A span from January: what a monthly report's year-to-date figures cover. */
export const isYearToDateSpan = (span: PeriodSpan): boolean => span.fromMonth === 1;

const MONTH_NUMERALS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12, 元: 1,
};
const YEAR_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

/** A month as written, 1–12: "9", "09", "九", "十二". */
function monthNumber(text: string): number | null {
  const n = /^\d{1,2}$/.test(text) ? Number(text) : (MONTH_NUMERALS[text] ?? null);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

function yearNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const digits = /^\d{4}$/.test(text) ? text : [...text].map((ch) => YEAR_DIGITS[ch] ?? 'x').join('');
  const year = Number(digits);
  return /^\d{4}$/.test(digits) && year >= 1900 && year <= 9999 ? year : null;
}

/** Dashes, tildes and full-width forms as one: "１－９月", "1—9月", "1～9月" read as "1-9月". */
function normaliseLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[—–−﹣~]/g, '-');
}

const M = '(\\d{1,2}|十[一二]?|[一二两兩三四五六七八九元])';
const QUARTER_NUMBERS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const FRONT_QUARTERS: Readonly<Record<string, number>> = { 二: 2, 两: 2, 兩: 2, 三: 3, '2': 2, '3': 3 };

/** The Chinese forms, each a pattern with what its groups mean; tried longest first at a position. */
const SPAN_FORMS: ReadonlyArray<{ pattern: string; span: (g: readonly string[]) => Omit<PeriodSpan, 'year'> | null }> = [
  // 1-9月, 1月-9月, 一至九月, 1月至9月份, 1到9月
  {
    pattern: `${M}月?(?:-|至|到)${M}月份?`,
    span: ([a, b]) => {
      const from = monthNumber(a ?? '');
      const to = monthNumber(b ?? '');
      return from !== null && to !== null && from < to ? { fromMonth: from, toMonth: to } : null;
    },
  },
  // 前三季度, 前两季度, 前3季
  { pattern: '前([二两兩三23])季度?', span: ([q]) => ({ fromMonth: 1, toMonth: (FRONT_QUARTERS[q ?? ''] ?? 0) * 3 }) },
  // 一季度, 第三季度, 3季度, 一季
  {
    pattern: '第?([一二三四1-4])季度?',
    span: ([q]) => {
      const n = QUARTER_NUMBERS[q ?? ''] ?? 0;
      return { fromMonth: n * 3 - 2, toMonth: n * 3 };
    },
  },
  { pattern: '(上|下)半年', span: ([half]) => (half === '上' ? { fromMonth: 1, toMonth: 6 } : { fromMonth: 7, toMonth: 12 }) },
  { pattern: '(全年|年内|年內)', span: () => ({ fromMonth: 1, toMonth: 12 }) },
  // 9月, 9月份, 九月
  {
    pattern: `${M}月份?`,
    span: ([a]) => {
      const month = monthNumber(a ?? '');
      return month === null ? null : { fromMonth: month, toMonth: month };
    },
  },
];

const YEAR = '(?:(\\d{4}|[〇零一二三四五六七八九]{4})年度?)?';
const SPAN_PATTERNS = SPAN_FORMS.map((form) => new RegExp(`^${YEAR}${form.pattern}$`));

/** Month names of the English labels (periodLabel's "Jan–Sep", "January", "Q1–Q3 2022"). */
const EN_INDEX = new Map<string, number>([
  ...EN_MONTHS.map((m, i): [string, number] => [m.toLowerCase(), i + 1]),
  ...EN_FULL_MONTHS.map((m, i): [string, number] => [m.toLowerCase(), i + 1]),
]);
const EN_NAMED: Readonly<Record<string, readonly [number, number]>> = {
  q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12], h1: [1, 6], h2: [7, 12], 'q1-q3': [1, 9], 'fullyear': [1, 12],
};

function parseEnglishSpan(text: string): PeriodSpan | null {
  const match = /^([a-z0-9-]+?)(\d{4})?$/.exec(text.toLowerCase());
  if (!match) return null;
  const body = match[1]!;
  const year = yearNumber(match[2]);
  const named = EN_NAMED[body];
  if (named) return { year, fromMonth: named[0], toMonth: named[1] };
  const [a, b, ...extra] = body.split('-');
  if (extra.length > 0 || a === undefined) return null;
  const from = EN_INDEX.get(a);
  const to = b === undefined ? from : EN_INDEX.get(b);
  return from !== undefined && to !== undefined && from <= to ? { year, fromMonth: from, toMonth: to } : null;
}

/**
 * The span a whole label names, or null: "1-9月", "1—9月", "一至九月", "1月至9月份", "前三季度",
 * "第一季度", "三季度" (7–9), "上半年", "下半年", "全年", "9月", "2025年1-11月", "二〇二五年一至九月",
 * and periodLabel's English ("Jan–Sep", "Q1–Q3 2022"). Full-width and Traditional forms read the same.
 */
export function parsePeriodSpan(text: string): PeriodSpan | null {
  const t = normaliseLabel(text);
  for (const [i, pattern] of SPAN_PATTERNS.entries()) {
    const match = pattern.exec(t);
    if (!match) continue;
    const span = SPAN_FORMS[i]!.span(match.slice(2));
    if (span === null) return null;
    if (match[1] !== undefined && yearNumber(match[1]) === null) return null;
    return { year: yearNumber(match[1]), ...span };
  }
  return parseEnglishSpan(t);
}

/** A span found inside a longer text, with where it starts in the text as normalised. */
export type FoundPeriodSpan = PeriodSpan & { readonly text: string };

const SCAN = new RegExp(`${YEAR}(?:${SPAN_FORMS.map((f) => `(?:${f.pattern.replace(/\((?!\?)/g, '(?:')})`).join('|')})`, 'g');

/**
 * Every period a longer text names, in order: a title "江岸区2025年1-10月主要经济指标" gives
 * 2025, 1–10; a header "2025年1-11月 | 2026年1-11月" gives both. What each means for a file is the
 * reader's call (a title naming another month, a column of last year).
 */
export function findPeriodSpans(text: string): FoundPeriodSpan[] {
  const t = normaliseLabel(text);
  const found: FoundPeriodSpan[] = [];
  for (const match of t.matchAll(SCAN)) {
    const span = parsePeriodSpan(match[0]);
    if (span) found.push({ ...span, text: match[0] });
  }
  return found;
}

/** The month a year-to-date label stands for: "1-9月" / "一至九月" / "前三季度" / "上半年" / "1月份" / "全年" → 9 / 9 / 9 / 6 / 1 / 12; null for a span not from January ("三季度", "9月"). */
export function parsePeriodLabel(text: string): number | null {
  const span = parsePeriodSpan(text);
  return span !== null && span.year === null && isYearToDateSpan(span) ? span.toMonth : null;
}
