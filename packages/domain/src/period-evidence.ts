// What a file says about its own period: the periods named in a title, a sheet name, a column
// header or a file name, and whether they agree with the month being reported (DOMAIN.md "Excel
// imports"). Builds on the period spans of periods.ts (findPeriodSpans, parsePeriodSpan).
import { findPeriodSpans, parsePeriodSpan, type Period } from './periods';

/**
 * A period named in a text: a span of months with or without its year ("2025年1-11月", "前三季度"),
 * or a year alone ("2025年度"), whose months are then null.
 */
export type PeriodMention = {
  readonly year: number | null;
  readonly fromMonth: number | null;
  readonly toMonth: number | null;
  /** As written (normalised: no blanks, one kind of dash). */
  readonly text: string;
};

const YEAR_DIGITS: Readonly<Record<string, string>> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[—–−﹣~]/g, '-');
}

function yearOf(text: string): number | null {
  const digits = /^\d{4}$/.test(text) ? text : [...text].map((ch) => YEAR_DIGITS[ch] ?? 'x').join('');
  const year = Number(digits);
  return /^\d{4}$/.test(digits) && year >= 1900 && year <= 2999 ? year : null;
}

/** A day after a month ("12月3日", "12月5号") makes the month a date, not a period. */
const DAY_AFTER = /^\d{1,2}[日号號]/;
const YEAR_ALONE = /(?<!\d)(\d{4}|[〇零一二三四五六七八九]{4})年度?/g;
/** "2026-11", "2026.11", "2026_11" (a period key in a file or sheet name), not a date "2026-11-03". */
const KEY_FORM = /(?<!\d)(\d{4})[-./_](0?[1-9]|1[0-2])(?!\d)(?![-./]\d)/g;

/**
 * Every period a text names: "武昌区2026年1-10月主要经济指标" → 2026, 1–10; "2025年度" → 2025;
 * "420106-2026-03.xlsx" → 2026, 3; "Year-to-date (Jan–Mar 2026)" → 2026, 1–3. Dates
 * ("填报日期：2026年12月3日") are not periods.
 */
export function findPeriodMentions(text: string): PeriodMention[] {
  const t = normalise(text);
  const mentions: PeriodMention[] = [];
  const taken: [number, number][] = [];
  let cursor = 0;
  for (const span of findPeriodSpans(text)) {
    const at = t.indexOf(span.text, cursor);
    const start = at < 0 ? cursor : at;
    const end = start + span.text.length;
    cursor = end;
    taken.push([start, end]);
    if (DAY_AFTER.test(t.slice(end))) continue;
    mentions.push({ year: span.year, fromMonth: span.fromMonth, toMonth: span.toMonth, text: span.text });
  }
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b);
  for (const match of t.matchAll(YEAR_ALONE)) {
    const start = match.index;
    const end = start + match[0].length;
    const year = yearOf(match[1]!);
    if (year === null || !free(start, end)) continue;
    taken.push([start, end]);
    mentions.push({ year, fromMonth: null, toMonth: null, text: match[0] });
  }
  for (const match of t.matchAll(KEY_FORM)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!free(start, end) || yearOf(match[1]!) === null) continue;
    taken.push([start, end]);
    const year = yearOf(match[1]!);
    if (year === null) continue;
    const month = Number(match[2]);
    mentions.push({ year, fromMonth: month, toMonth: month, text: match[0] });
  }
  if (mentions.length === 0 && /[A-Za-z]/.test(t)) {
    // The English labels of periodLabel, as the template writes them: "Year-to-date (Jan–Mar 2026)", "…, Q1 2026".
    for (const segment of text.normalize('NFKC').split(/[,，;；|()（）[\]【】:：]/)) {
      const span = segment.trim() === '' ? null : parsePeriodSpan(segment);
      if (span) mentions.push({ year: span.year, fromMonth: span.fromMonth, toMonth: span.toMonth, text: segment.trim() });
    }
  }
  return mentions;
}

/**
 * How the periods a text names stand against the month being reported: its years agree when
 * one of them is the period's year, its months when one of the spans ends in the period's
 * month ("2026年1-11月（上年同期：2025年1-11月）" agrees with 2026-11); 'none' when the text names
 * no year (or no month). `other`: the first mention that does not agree, for a message.
 */
export type PeriodAgreement = {
  readonly year: 'match' | 'other' | 'none';
  readonly month: 'match' | 'other' | 'none';
  readonly other: PeriodMention | null;
};

export function periodAgreement(mentions: readonly PeriodMention[], p: Period): PeriodAgreement {
  const years = mentions.filter((m) => m.year !== null);
  const months = mentions.filter((m) => m.toMonth !== null);
  const year = years.length === 0 ? 'none' : years.some((m) => m.year === p.year) ? 'match' : 'other';
  const month = months.length === 0 ? 'none' : months.some((m) => m.toMonth === p.month) ? 'match' : 'other';
  const other = year === 'other' ? years[0]! : month === 'other' ? months[0]! : null;
  return { year, month, other };
}

/** True when the text names a period and every part it names (year, months) agrees. */
export const agrees = (a: PeriodAgreement): boolean => a.year !== 'other' && a.month !== 'other' && (a.year === 'match' || a.month === 'match');
/** True when the text names a year or months that do not agree. */
export const disagrees = (a: PeriodAgreement): boolean => a.year === 'other' || a.month === 'other';
