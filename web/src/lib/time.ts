import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every time on the platform is shown in Beijing time, whatever the browser's zone. */
export const PLATFORM_TIME_ZONE = 'Asia/Shanghai';

/** "2026-03-01 08:30:00" in Asia/Shanghai for a stored UTC instant; null/invalid → null. */
export function formatShanghai(iso: string | null | undefined, pattern = 'YYYY-MM-DD HH:mm:ss'): string | null {
  if (!iso) return null;
  const d = dayjs(iso);
  if (!d.isValid()) return null;
  return d.tz(PLATFORM_TIME_ZONE).format(pattern);
}

/**
 * Reads the wall-clock time a user picked (year … second, as shown in the
 * picker) as Beijing time and returns it as an ISO instant with offset,
 * e.g. "2026-03-01T00:00:00+08:00".
 */
export function shanghaiWallTimeToIso(picked: Dayjs): string {
  return dayjs.tz(picked.format('YYYY-MM-DD HH:mm:ss'), PLATFORM_TIME_ZONE).format('YYYY-MM-DDTHH:mm:ssZ');
}

export { dayjs };
