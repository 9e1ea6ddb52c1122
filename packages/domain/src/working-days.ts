// Working days (工作日) on the official calendar of the State Council: public holidays and the
// make-up working days (调休) that go with them, year by year, from the maintained `chinese-days`
// package — never a hand-typed list. Dates are calendar dates in China ('YYYY-MM-DD').
// Its own entry point ('@hongtu/domain/working-days'), so the web app never loads the calendar.
import chineseDays from 'chinese-days';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function assertDate(date: string): void {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== date) throw new RangeError(`not a date: ${date}`);
}

/** The next calendar day. */
export function nextDay(date: string): string {
  assertDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const known = new Map<number, boolean>();

/**
 * Whether the official calendar of that year is known (the State Council publishes next year's in
 * November or December). For a year it does not know, weekends are the only days off.
 */
export function calendarKnowsYear(year: number): boolean {
  let k = known.get(year);
  if (k === undefined) {
    k = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    known.set(year, k);
  }
  return k;
}

/** Each year's working days counted from 1 January: entry i is the count among its first i days. */
const yearCounts = new Map<number, Uint16Array>();

function countsOf(year: number): Uint16Array {
  let counts = yearCounts.get(year);
  if (!counts) {
    const days = Math.round((Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000);
    counts = new Uint16Array(days + 1);
    for (let i = 1; i <= days; i++) {
      const date = new Date(Date.UTC(year, 0, i)).toISOString().slice(0, 10);
      counts[i] = counts[i - 1]! + (chineseDays.isWorkday(date) ? 1 : 0);
    }
    yearCounts.set(year, counts);
  }
  return counts;
}

/** The day of the year (1 for 1 January) of a valid date. */
const dayOfYear = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
};

/** Working days from 1 January of `date`'s year up to and including `date` (the calendar read once per year). */
function workingDaysToDate(date: string): number {
  return countsOf(Number(date.slice(0, 4)))[dayOfYear(date)]!;
}

/** A working day: a weekday that is not a public holiday, or a weekend day made a working day (调休). */
export function isWorkingDay(date: string): boolean {
  assertDate(date);
  const counts = countsOf(Number(date.slice(0, 4)));
  const i = dayOfYear(date);
  return counts[i]! > counts[i - 1]!;
}

/**
 * The date N working days after `from` (the day itself not counted): a problem raised on a Friday
 * before 国庆 with 3 working days is due on the third working day after the holiday. N = 0 gives
 * `from` itself when it is a working day, else the next working day.
 */
export function addWorkingDays(from: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  assertDate(from);
  let day = from;
  if (n === 0) {
    while (!isWorkingDay(day)) day = nextDay(day);
    return day;
  }
  let left = n;
  while (left > 0) {
    day = nextDay(day);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`): how many
 * working days a problem has been open, or how far past its deadline it is.
 */
export function workingDaysBetween(from: string, to: string): number {
  assertDate(from);
  assertDate(to);
  if (to <= from) return 0;
  // From each year's running count (a list with a problem's age on every row reads it many times).
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  let count = workingDaysToDate(to) - workingDaysToDate(from);
  for (let year = fromYear; year < toYear; year++) {
    const counts = countsOf(year);
    count += counts[counts.length - 1]!;
  }
  return count;
}
