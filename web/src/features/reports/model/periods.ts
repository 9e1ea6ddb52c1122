import type { Locale } from '@hongtu/contracts';
import type { ReportKind } from '@hongtu/contracts/reports';

// The spans a report may cover, as the generate form offers them: a month for the bulletin, the
// ranking notice and the dispatch list; a quarter, a half-year or the months from January (1—N月,
// e.g. 前三季度 = 1—9月) for the plan-execution report. Keys as the contract writes them.

export type PeriodForm = 'month' | 'quarter' | 'half' | 'span';

export const PERIOD_FORMS: Readonly<Record<ReportKind, readonly PeriodForm[]>> = {
  'monthly-bulletin': ['month'],
  'ranking-notice': ['month'],
  'project-dispatch': ['month'],
  'execution-report': ['quarter', 'half', 'span'],
};

export interface PeriodChoice {
  form: PeriodForm;
  year: number;
  /** The month (1–12), quarter (1–4), half (1–2), or the span's last month (2–12). */
  n: number;
}

/** The numbers a form may take: months 1–12, quarters 1–4, halves 1–2, spans ending in months 2–12. */
export function periodNumbers(form: PeriodForm): number[] {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  switch (form) {
    case 'month': return range(1, 12);
    case 'quarter': return range(1, 4);
    case 'half': return range(1, 2);
    case 'span': return range(2, 12);
  }
}

const two = (n: number) => String(n).padStart(2, '0');

/** The contract's period key: 2022-09, 2022-Q3, 2017-H1, 2022-01..09. */
export function periodKeyOf(choice: PeriodChoice): string {
  const { form, year, n } = choice;
  if (!periodNumbers(form).includes(n) || !Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`no ${form} ${n} of ${year}`);
  switch (form) {
    case 'month': return `${year}-${two(n)}`;
    case 'quarter': return `${year}-Q${n}`;
    case 'half': return `${year}-H${n}`;
    case 'span': return `${year}-01..${two(n)}`;
  }
}

/** The choice a key stands for, or null when it is none of the contract's forms. */
export function parseReportPeriod(key: string): PeriodChoice | null {
  const m = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])|01\.\.(0[1-9]|1[0-2]))$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { form: 'month', year, n: Number(m[2]) };
  if (m[3]) return { form: 'quarter', year, n: Number(m[3]) };
  if (m[4]) return { form: 'half', year, n: Number(m[4]) };
  return { form: 'span', year, n: Number(m[5]) };
}

const CN_NUMERALS = ['', '一', '二', '三', '四'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A number of a form as the form's picker names it: 9月, 第三季度, 上半年, 1—9月 (Sep, Q3, H1, Jan–Sep). */
export function periodNumberLabel(form: PeriodForm, n: number, locale: Locale): string {
  if (locale === 'en') {
    switch (form) {
      case 'month': return EN_MONTHS[n - 1]!;
      case 'quarter': return `Q${n}`;
      case 'half': return `H${n}`;
      case 'span': return `Jan–${EN_MONTHS[n - 1]!}`;
    }
  }
  switch (form) {
    case 'month': return `${n}月`;
    case 'quarter': return `第${CN_NUMERALS[n]!}季度`;
    case 'half': return n === 1 ? '上半年' : '下半年';
    case 'span': return `1—${n}月`;
  }
}

/** A period key as the page shows it: 2022年9月, 2022年第三季度, 2017年上半年, 2022年1—9月 (Sep 2022, 2022 Q3 …); an unknown key as it is. */
export function reportPeriodLabel(key: string, locale: Locale): string {
  const choice = parseReportPeriod(key);
  if (!choice) return key;
  const part = periodNumberLabel(choice.form, choice.n, locale);
  return locale === 'en' ? `${part} ${choice.year}` : `${choice.year}年${part}`;
}

/** The choice the form starts with for a kind: the month before `today`'s, or the last span that ended by then. */
export function defaultPeriod(kind: ReportKind, today: Date): PeriodChoice {
  let year = today.getFullYear();
  let month = today.getMonth(); // the previous month, 1-based
  if (month === 0) {
    year -= 1;
    month = 12;
  }
  const form = PERIOD_FORMS[kind][0]!;
  switch (form) {
    case 'month': return { form, year, n: month };
    case 'quarter': return month >= 3 ? { form, year, n: Math.floor(month / 3) } : { form, year: year - 1, n: 4 };
    case 'half': return month >= 6 ? { form, year, n: Math.floor(month / 6) } : { form, year: year - 1, n: 2 };
    case 'span': return month >= 2 ? { form, year, n: month } : { form, year: year - 1, n: 12 };
  }
}

/** The same choice carried to another form (the year kept, the number brought into its range). */
export function withForm(choice: PeriodChoice, form: PeriodForm): PeriodChoice {
  if (choice.form === form) return choice;
  const lastMonth = choice.form === 'month' || choice.form === 'span' ? choice.n : choice.form === 'quarter' ? choice.n * 3 : choice.n * 6;
  switch (form) {
    case 'month': return { form, year: choice.year, n: lastMonth };
    case 'quarter': return { form, year: choice.year, n: Math.max(1, Math.floor(lastMonth / 3)) };
    case 'half': return { form, year: choice.year, n: lastMonth >= 12 ? 2 : 1 };
    case 'span': return { form, year: choice.year, n: Math.max(2, lastMonth) };
  }
}
