// The weeks of Q1 (以周保月、以月保季): week w ends on the w-th Sunday on or after 1 January;
// week 13 takes the rest of the quarter and ends on 31 March. Dates are Asia/Shanghai calendar dates.

export const Q1_WEEKS = 13;
const DAY = 86_400_000;

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The end date (YYYY-MM-DD) of each week 1 … 13 of the year's Q1. */
export function q1WeekEnds(year: number): string[] {
  const jan1 = Date.UTC(year, 0, 1);
  const firstSunday = jan1 + ((7 - new Date(jan1).getUTCDay()) % 7) * DAY;
  const ends: string[] = [];
  for (let w = 1; w < Q1_WEEKS; w++) ends.push(iso(firstSunday + (w - 1) * 7 * DAY));
  ends.push(`${year}-03-31`);
  return ends;
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDate(now: Date): string {
  return iso(now.getTime() + 8 * 3600_000);
}

/** Weeks of the year's Q1 that have ended by `today` (0 before the year, 13 after its Q1). */
export function weeksElapsed(year: number, today: string): number {
  return q1WeekEnds(year).filter((end) => end <= today).length;
}

/** The week that contains `today`, or null when today is outside the year's Q1. */
export function currentWeek(year: number, today: string): number | null {
  if (today < `${year}-01-01` || today > `${year}-03-31`) return null;
  return q1WeekEnds(year).findIndex((end) => end >= today) + 1;
}

/** Last day of month 1–3 of the year. */
export function monthEnd(year: number, month: number): string {
  return iso(Date.UTC(year, month, 0));
}
