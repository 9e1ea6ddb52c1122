// Words of the reports (经济运行简报, 排名通报, 计划执行情况报告): ranks in Chinese numerals, the period
// a report covers, lists of districts. Pure text rules; numbers are formatted in numbers.ts.
import { periodLabel } from '../periods';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** A whole number 0–99 in Chinese numerals as documents write ranks: 1 → 一, 10 → 十, 17 → 十七, 20 → 二十. */
export function chineseCardinal(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new RangeError(`chineseCardinal takes 0..99, got ${n}`);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]!}十${ones === 0 ? '' : DIGITS[ones]!}`;
}

/** 第一 … 第十七; a shared rank is 并列第二. Ranks above 99 stay in Arabic numerals (第120). */
export function rankWords(rank: number, tied = false): string {
  const word = rank >= 1 && rank <= 99 ? `第${chineseCardinal(rank)}` : `第${rank}`;
  return tied ? `并列${word}` : word;
}

/** Ranks shared by more than one unit, from the list of ranks of the same ranking. */
export function isTiedRank(rank: number, allRanks: ReadonlyArray<number | null>): boolean {
  return allRanks.filter((r) => r === rank).length > 1;
}

/** How the months of a year-to-date span are named: 'named' 一季度 / 上半年 / 前三季度 / 全年, 'months' 1-9月. */
export type PeriodWordStyle = 'named' | 'months';

/** January through `month` as reports name it: 1月份, 1-2月, 一季度 (1-3月), 上半年, 前三季度, 全年 (periods.ts periodLabel). */
export function periodWords(month: number, style: PeriodWordStyle = 'named'): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`month must be 1..12, got ${month}`);
  return periodLabel({ year: 2000, month }, 'zh-CN', { style });
}

/** The span a report covers, read from its period key. */
export interface ReportSpan {
  year: number;
  /** The last month of the span; the span runs from January (reports are year to date). */
  month: number;
  /** How the report names the span: 1-9月 for a month's bulletin, 前三季度 / 上半年 for the others. */
  words: string;
  /** The report is about a month ('month') or a span named by quarters ('span'). */
  kind: 'month' | 'span';
}

/**
 * Reads a report period key (packages/contracts reportPeriodSchema): 2022-09 (the month; 1-9月),
 * 2022-Q3 (through the quarter's end; 前三季度), 2017-H1 (上半年), 2022-01..09 (1-9月 named 前三季度).
 * Null when the key is none of these.
 */
export function reportSpan(periodKey: string): ReportSpan | null {
  const m = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])|01\.\.(0[1-9]|1[0-2]))$/.exec(periodKey);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) {
    const month = Number(m[2]);
    return { year, month, words: periodWords(month, 'months'), kind: 'month' };
  }
  const month = m[3] ? Number(m[3]) * 3 : m[4] ? Number(m[4]) * 6 : Number(m[5]);
  return { year, month, words: periodWords(month, 'named'), kind: 'span' };
}

/** The month a report compares its growth with (较上半年 for 前三季度, 较1-8月 for a month), or null in the first one. */
export function comparisonSpan(span: Pick<ReportSpan, 'month' | 'kind'>): { month: number; words: string } | null {
  const step = span.kind === 'month' ? 1 : 3;
  const month = span.month - step;
  if (month < 1) return null;
  return { month, words: periodWords(month, span.kind === 'month' ? 'months' : 'named') };
}

/**
 * Districts named in a sentence: all of them when there are at most `max`, else the first `max`
 * and the count ("江岸区、江汉区等5个区"). Null for none.
 */
export function districtList(names: readonly string[], options: { max?: number; measure?: string } = {}): string | null {
  const max = options.max ?? 2;
  const measure = options.measure ?? '个区';
  if (names.length === 0) return null;
  if (names.length <= max) return names.join('、');
  return `${names.slice(0, max).join('、')}等${names.length}${measure}`;
}

/** "江岸区、江汉区等5个区超时序进度"; null when no district is named. */
export function districtListSentence(names: readonly string[], predicate: string, options: { max?: number; measure?: string } = {}): string | null {
  const list = districtList(names, options);
  return list === null ? null : `${list}${predicate}`;
}
