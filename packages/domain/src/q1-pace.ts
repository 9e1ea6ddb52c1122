// Q1 开门红 tracked week by week (以周保月、以月保季), DOMAIN.md "Q1 开门红". Week w ends on the w-th
// Sunday on or after 1 January and week 13 ends on 31 March, so weeks are not equal: in 2023 (1
// January a Sunday) week 1 is one day long, in 2024 it is seven. The pace a unit is held to is
// therefore counted in calendar days, one rule for a week's end, a month's end and today:
// pace(date) = days of Q1 passed by the end of that date / days of Q1 × 100.
// Dates are Asia/Shanghai calendar dates written YYYY-MM-DD.
import { type Fixed, FIXED_HUNDRED } from './fixed-point';

export const Q1_WEEKS = 13;
const DAY = 86_400_000;

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY);

/** The end date of each week 1 … 13 of the year's Q1. */
export function q1WeekEnds(year: number): string[] {
  const jan1 = Date.UTC(year, 0, 1);
  const firstSunday = jan1 + ((7 - new Date(jan1).getUTCDay()) % 7) * DAY;
  const ends: string[] = [];
  for (let w = 1; w < Q1_WEEKS; w++) ends.push(iso(firstSunday + (w - 1) * 7 * DAY));
  ends.push(`${year}-03-31`);
  return ends;
}

/** Days of the year's Q1: 90, or 91 in a leap year. */
export function q1Days(year: number): number {
  return dayNumber(`${year}-03-31`) - dayNumber(`${year}-01-01`) + 1;
}

/** Days of Q1 passed by the end of `isoDate`: 0 before 1 January, all of them after 31 March. */
export function q1DaysThrough(year: number, isoDate: string): number {
  const days = dayNumber(isoDate) - dayNumber(`${year}-01-01`) + 1;
  return Math.min(Math.max(days, 0), q1Days(year));
}

/** The share of Q1 passed by the end of `isoDate`, percent (fixed): 1 January 2023 is 1 / 90. */
export function q1Pace(year: number, isoDate: string): Fixed {
  return (BigInt(q1DaysThrough(year, isoDate)) * FIXED_HUNDRED) / BigInt(q1Days(year));
}

/** The pace at the end of each week 1 … 13. */
export function q1WeekPaces(year: number): Fixed[] {
  return q1WeekEnds(year).map((end) => q1Pace(year, end));
}

/**
 * Where a unit should be by the end of a date: Q1 target × days passed / days of Q1, in the
 * target's scale (divided once, so 90 by 1 January 2023 is exactly 1).
 */
export function q1TargetToDate(q1Target: Fixed, year: number, isoDate: string): Fixed {
  return (q1Target * BigInt(q1DaysThrough(year, isoDate))) / BigInt(q1Days(year));
}

/** Last day of month 1–3 (any month) of the year. */
export function monthEndDate(year: number, month: number): string {
  return iso(Date.UTC(year, month, 0));
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(now: Date): string {
  return iso(now.getTime() + 8 * 3600_000);
}

/** Weeks of the year's Q1 that have ended by `today` (0 before the year, 13 after its Q1). */
export function q1WeeksElapsed(year: number, today: string): number {
  return q1WeekEnds(year).filter((end) => end <= today).length;
}

/** The week that contains `today`, or null when today is outside the year's Q1. */
export function q1CurrentWeek(year: number, today: string): number | null {
  if (today < `${year}-01-01` || today > `${year}-03-31`) return null;
  return q1WeekEnds(year).findIndex((end) => end >= today) + 1;
}
