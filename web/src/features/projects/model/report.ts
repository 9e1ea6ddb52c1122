// The monthly report form's arithmetic (pure, tested): year to date from last month's and this
// month's, exactly, and the months a plan year has had.
import { dec, parseNumberInput, toPlainString } from '@hongtu/domain';

/** Last month's year to date + this month, exactly ("1,370" after "1200" → "2570"); null when this month is not a number. */
export function expectedYtd(previousYtd: string | null, month: number, monthInvestment: string | undefined): string | null {
  const parsed = parseNumberInput(monthInvestment ?? '');
  if (parsed.kind !== 'ok') return null;
  if (month === 1) return toPlainString(parsed.value);
  if (previousYtd === null) return null;
  return toPlainString(dec(previousYtd).plus(parsed.value));
}

/** The current year and month in Asia/Shanghai. */
export function shanghaiMonth(now: Date): { year: number; month: number } {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
}

/** "2026-03". */
export const keyOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** The months of a plan year reports may be filed for: January through the current month (all twelve for a past year, none for a future one). */
export function reportableMonths(planYear: number, now: Date): number[] {
  const current = shanghaiMonth(now);
  const last = planYear < current.year ? 12 : planYear > current.year ? 0 : current.month;
  return Array.from({ length: last }, (_, i) => i + 1);
}
