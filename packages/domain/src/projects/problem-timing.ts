// A problem's clock in working days on the official calendar (docs/DOMAIN.md "Problems and
// coordination"). Not exported from the package's index: it loads the holiday calendar, which the
// web app never needs ('@hongtu/domain/problem-timing').
import { addWorkingDays, workingDaysBetween } from '../working-days';
import type { ProblemStatus } from './problems';

export { addWorkingDays, calendarKnowsYear, isWorkingDay, workingDaysBetween } from '../working-days';

export interface ProblemClock {
  /** Past its deadline while with the department: shown as 督办 and listed for the city's supervision. */
  overdue: boolean;
  /** Working days past the deadline (0 when not overdue). */
  overdueWorkingDays: number;
  /** Age: calendar days and working days since it was raised, until it was closed or today. */
  ageDays: number;
  ageWorkingDays: number;
  /** Time to close, in working days (null while open). */
  closeWorkingDays: number | null;
}

const calendarDays = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));

/** Dates are China's calendar dates ('YYYY-MM-DD'). */
export function problemClock(input: { status: ProblemStatus; raisedOn: string; dueOn: string; closedOn: string | null; today: string }): ProblemClock {
  const end = input.closedOn ?? input.today;
  const overdue = input.status === 'assigned' && input.today > input.dueOn;
  return {
    overdue,
    overdueWorkingDays: overdue ? workingDaysBetween(input.dueOn, input.today) : 0,
    ageDays: calendarDays(input.raisedOn, end),
    ageWorkingDays: workingDaysBetween(input.raisedOn, end),
    closeWorkingDays: input.closedOn === null ? null : workingDaysBetween(input.raisedOn, input.closedOn),
  };
}

/** The deadline of a problem sent to a department on `from` with N working days. */
export const problemDeadline = (from: string, days: number): string => addWorkingDays(from, days);
