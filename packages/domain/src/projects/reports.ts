// A project's monthly report (docs/DOMAIN.md "Major projects"): investment this month and year to
// date, visual progress 形象进度, problems, next steps, whether the project is in the statistics
// 入库/纳统. Its workflow has the shape of the district-month's (reporting-workflow.ts): draft →
// submitted → returned / approved, each move with the permission it needs.
import { type Role, can } from '../access';
import { storageText } from '../fixed-point';
import type { ProjectIssue } from './rules';
import { cityEntryThreshold, type ProjectCategory, type ProjectLevel } from './vocabulary';

export const STORED_PROJECT_REPORT_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type StoredProjectReportStatus = (typeof STORED_PROJECT_REPORT_STATUSES)[number];
/** `not_started`: no report for the month yet. */
export const PROJECT_REPORT_STATUSES = ['not_started', ...STORED_PROJECT_REPORT_STATUSES] as const;
export type ProjectReportStatus = (typeof PROJECT_REPORT_STATUSES)[number];

export const EDITABLE_PROJECT_REPORT_STATUSES = ['not_started', 'draft', 'returned'] as const satisfies readonly ProjectReportStatus[];
export const isProjectReportEditable = (status: ProjectReportStatus): boolean => (EDITABLE_PROJECT_REPORT_STATUSES as readonly string[]).includes(status);

export const PROJECT_REPORT_TRANSITIONS = {
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'project.enter' },
  return: { from: ['submitted'], to: 'returned', permission: 'project.review' },
  approve: { from: ['submitted'], to: 'approved', permission: 'project.review' },
} as const satisfies Record<string, { from: readonly StoredProjectReportStatus[]; to: StoredProjectReportStatus; permission: 'project.enter' | 'project.review' }>;
export type ProjectReportTransition = keyof typeof PROJECT_REPORT_TRANSITIONS;

export function canTransitionProjectReport(transition: ProjectReportTransition, from: ProjectReportStatus): boolean {
  return (PROJECT_REPORT_TRANSITIONS[transition].from as readonly string[]).includes(from);
}

/** What a user may do on a project (the server enforces it and sends it with the project). */
export interface ProjectActions {
  edit: boolean;
  /** Take the project into the city list 市重点 (POST /api/projects/:id/city-approval). */
  approveCity: boolean;
}

/**
 * `own`: the project lies in the user's organisation subtree. The city reviewer may take a
 * district-level project into the city list once its total investment (exact, 万元 × 10^6)
 * reaches its category's entry threshold; a city or province project is already on a list.
 */
export function projectActions(input: { role: Role; own: boolean; level?: ProjectLevel; category?: ProjectCategory; totalInvestment?: bigint }): ProjectActions {
  const { level, category, totalInvestment } = input;
  const approveCity = can(input.role, 'project.review') && input.own && level === 'district' && category !== undefined
    && totalInvestment !== undefined && totalInvestment >= cityEntryThreshold(category);
  return { edit: can(input.role, 'project.enter') && input.own, approveCity };
}

export interface ProjectReportActions {
  edit: boolean;
  submit: boolean;
  approve: boolean;
  returnReport: boolean;
}

/**
 * The district's operator fills and submits a report while it is not with the city; the city
 * reviewer approves or returns a submitted one and never edits it.
 */
export function projectReportActions(input: { role: Role; own: boolean; status: ProjectReportStatus }): ProjectReportActions {
  const edit = can(input.role, PROJECT_REPORT_TRANSITIONS.submit.permission) && input.own && isProjectReportEditable(input.status);
  const reviews = can(input.role, PROJECT_REPORT_TRANSITIONS.approve.permission) && input.own;
  return {
    edit,
    submit: edit,
    approve: reviews && canTransitionProjectReport('approve', input.status),
    returnReport: reviews && canTransitionProjectReport('return', input.status),
  };
}

export const PROJECT_REPORT_ISSUE_CODES = [
  'report_outside_plan_year',
  'report_future_month',
  'report_negative',
  'report_ytd_mismatch',
  'report_ytd_below_month',
  'report_ytd_above_total',
] as const;
export type ProjectReportIssueCode = (typeof PROJECT_REPORT_ISSUE_CODES)[number];
export type ProjectReportIssue = Omit<ProjectIssue, 'code'> & { code: ProjectReportIssueCode };

export interface ProjectReportFacts {
  year: number;
  month: number;
  /** This month's and the year's investment, stored scale (万元 × 10^6). */
  monthInvestment: bigint;
  ytdInvestment: bigint;
  /** The YTD of the previous month's report of the same year; null when there is none (or in January). */
  previousYtd: bigint | null;
  planYear: number;
  totalInvestment: bigint;
}

/**
 * The checks of a monthly report: a month of the plan's year, not after the current month
 * (`currentYear`/`currentMonth`, Asia/Shanghai), no negative amount, year to date = last month's
 * year to date + this month (in January the month itself; without last month's report at least
 * this month), and never above the project's total investment.
 */
export function checkProjectReport(r: ProjectReportFacts, currentYear: number, currentMonth: number): ProjectReportIssue[] {
  const issues: ProjectReportIssue[] = [];
  if (r.year !== r.planYear) issues.push({ code: 'report_outside_plan_year', field: 'period', params: { year: r.planYear } });
  if (r.year * 12 + r.month > currentYear * 12 + currentMonth) issues.push({ code: 'report_future_month', field: 'period', params: {} });
  if (r.monthInvestment < 0n) issues.push({ code: 'report_negative', field: 'monthInvestment', params: {} });
  if (r.ytdInvestment < 0n) issues.push({ code: 'report_negative', field: 'ytdInvestment', params: {} });
  if (issues.some((i) => i.code === 'report_negative')) return issues;
  const previous = r.month === 1 ? 0n : r.previousYtd;
  if (previous !== null && r.ytdInvestment !== previous + r.monthInvestment) {
    issues.push({ code: 'report_ytd_mismatch', field: 'ytdInvestment', params: { expected: storageText(previous + r.monthInvestment) } });
  } else if (previous === null && r.ytdInvestment < r.monthInvestment) {
    issues.push({ code: 'report_ytd_below_month', field: 'ytdInvestment', params: {} });
  }
  if (r.ytdInvestment > r.totalInvestment) issues.push({ code: 'report_ytd_above_total', field: 'ytdInvestment', params: {} });
  return issues;
}

