// The stored per-district totals of the projects (docs/DOMAIN.md "Major projects" → "Dashboards"):
// for each district and year, its projects of that plan year (count, annual plans, by stage and by
// status in the year) and month by month the plan's share, the planned and reached starts and the
// filed reports' sums. The server keeps them in the same transaction as each write that changes
// them and reads the dashboard's district-month aggregate from them; these functions say what
// they hold, so a rebuild and every refresh give the same rows.
import { scheduleFromShares, type ScheduleShares } from '../time-progress';
import { plannedInvestmentBy } from './schedule';

/** A project of the district whose plan year is the year. */
export interface DistrictYearProject {
  annualPlan: bigint;
  schedule: ScheduleShares | null;
  /** ISO dates (YYYY-MM-DD) or null. */
  plannedStart: string | null;
  actualStart: string | null;
  stage: string;
  yearStatus: string;
}

/** The district's filed (not draft) reports of one month of the year, summed. */
export interface DistrictMonthReports {
  month: number;
  filedCount: number;
  filedInvestment: bigint;
  filedYtd: bigint;
  inStatisticsCount: number;
  inStatisticsYtd: bigint;
}

export interface DistrictMonthTotals extends DistrictMonthReports {
  /** The plans' share of this month (the plans grouped by schedule, each group's sum spread). */
  plannedInvestment: bigint;
  /** Projects planned to start in this month. */
  plannedStarts: number;
  /** Projects that count as started from this month on: planned to start this year by then and actually started by then. */
  startsReached: number;
}

export interface DistrictYearTotals {
  projectCount: number;
  annualPlan: bigint;
  byStage: Record<string, number>;
  byYearStatus: Record<string, number>;
  /** January … December. */
  months: DistrictMonthTotals[];
}

/** The month (1–12) of an ISO date in `year`; -1 before the year, 13 after it, null without a date. */
function monthIn(date: string | null, year: number): number | null {
  if (date === null) return null;
  const y = Number(date.slice(0, 4));
  if (y < year) return -1;
  if (y > year) return 13;
  return Number(date.slice(5, 7));
}

/** The month from which a project counts as started against its plan (null: not this year). */
export function startReachedMonth(year: number, plannedStart: string | null, actualStart: string | null): number | null {
  const planned = monthIn(plannedStart, year);
  const actual = monthIn(actualStart, year);
  if (planned === null || planned < 1 || planned > 12 || actual === null || actual > 12) return null;
  return Math.max(planned, actual, 1);
}

const count = (into: Record<string, number>, key: string) => { into[key] = (into[key] ?? 0) + 1; };

/** A district-year's totals from its projects of the plan year and its filed reports by month. */
export function districtYearTotals(year: number, projects: readonly DistrictYearProject[], reports: readonly DistrictMonthReports[]): DistrictYearTotals {
  const months: DistrictMonthTotals[] = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1, plannedInvestment: 0n, plannedStarts: 0, startsReached: 0,
    filedCount: 0, filedInvestment: 0n, filedYtd: 0n, inStatisticsCount: 0, inStatisticsYtd: 0n,
  }));
  const bySchedule = new Map<string, { schedule: ScheduleShares | null; plan: bigint }>();
  const byStage: Record<string, number> = {};
  const byYearStatus: Record<string, number> = {};
  let annualPlan = 0n;
  for (const p of projects) {
    annualPlan += p.annualPlan;
    count(byStage, p.stage);
    count(byYearStatus, p.yearStatus);
    const key = p.schedule === null ? '' : JSON.stringify(p.schedule);
    const group = bySchedule.get(key) ?? { schedule: p.schedule, plan: 0n };
    group.plan += p.annualPlan;
    bySchedule.set(key, group);
    const planned = monthIn(p.plannedStart, year);
    if (planned !== null && planned >= 1 && planned <= 12) months[planned - 1]!.plannedStarts++;
    const reached = startReachedMonth(year, p.plannedStart, p.actualStart);
    if (reached !== null) months[reached - 1]!.startsReached++;
  }
  for (const { schedule, plan } of bySchedule.values()) {
    const parsed = scheduleFromShares(schedule);
    for (let m = 1; m <= 12; m++) months[m - 1]!.plannedInvestment += plannedInvestmentBy(plan, m, parsed) - plannedInvestmentBy(plan, m - 1, parsed);
  }
  for (const r of reports) {
    if (r.month < 1 || r.month > 12) continue;
    const m = months[r.month - 1]!;
    m.filedCount += r.filedCount;
    m.filedInvestment += r.filedInvestment;
    m.filedYtd += r.filedYtd;
    m.inStatisticsCount += r.inStatisticsCount;
    m.inStatisticsYtd += r.inStatisticsYtd;
  }
  return { projectCount: projects.length, annualPlan, byStage, byYearStatus, months };
}

/** What a district's stored months give at `month`: the plan's and the filed months up to it, the starts planned and reached by then. */
export function districtProgressAt(months: readonly Pick<DistrictMonthTotals, 'month' | 'plannedInvestment' | 'filedInvestment' | 'plannedStarts' | 'startsReached'>[], month: number) {
  const planned = Array<bigint>(month).fill(0n);
  const actual = Array<bigint>(month).fill(0n);
  let plannedStarts = 0;
  let started = 0;
  for (const m of months) {
    if (m.month < 1 || m.month > month) continue;
    planned[m.month - 1]! += m.plannedInvestment;
    actual[m.month - 1]! += m.filedInvestment;
    plannedStarts += m.plannedStarts;
    started += m.startsReached;
  }
  return { planned, actual, plannedStarts, started };
}
