// The month under review of the dispatch pages: the URL's ?period=YYYY-MM, else the month before
// the current one in Asia/Shanghai (the month the districts have just reported).
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

export function defaultPeriod(now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  const month = shanghai.getUTCMonth(); // 0-based: the previous month's number
  return month === 0 ? `${year - 1}-12` : `${year}-${String(month).padStart(2, '0')}`;
}

export function periodFrom(search: string | null, now: Date): string {
  return search && PERIOD.test(search) ? search : defaultPeriod(now);
}
