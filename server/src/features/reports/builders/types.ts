// What a report is built from: a published snapshot (the month's Overview), the span's previous
// snapshot for "较上半年 / 较1-8月", the warning board's cards (their reasons in bulletin wording and
// who answers) and, for the dispatch list, the major projects' state as plain data.
import type { Card, Overview } from '@hongtu/contracts/dashboards';
import type { ReportKind } from '@hongtu/contracts/reports';
import type { Locale } from '@hongtu/domain';

export interface ReportScope {
  organisationId: number;
  name: string;
  /** The whole city (all districts) or one district. */
  isCity: boolean;
}

/** One district's major projects, as the dispatch list states them. */
export interface DispatchDistrict {
  organisationId: number;
  organisationName: string;
  projectCount: number;
  /** 年度计划投资 (亿元, exact decimal text). */
  annualPlan: string;
  /** 累计完成投资 (亿元). */
  ytdInvestment: string;
  /** Percent of the annual plan; null without a plan. */
  completion: string | null;
  /** Completion − the plan's time progress, percentage points. */
  gap: string | null;
  plannedStarts: number;
  started: number;
}

/** A project behind its plan. */
export interface DispatchProject {
  projectId: number;
  name: string;
  organisationName: string;
  annualPlan: string;
  ytdInvestment: string;
  completion: string | null;
  gap: string | null;
}

/** A project planned to start by now that has not. */
export interface DispatchNotStarted {
  projectId: number;
  name: string;
  organisationName: string;
  /** The planned start month, YYYY-MM. */
  plannedStart: string;
}

/** A project's problem past its due date. */
export interface DispatchProblem {
  problemId: number;
  projectName: string;
  organisationName: string;
  title: string;
  /** The department that must answer. */
  department: string | null;
  dueDate: string;
  daysOverdue: number;
}

/** The major projects' dispatch data of the period (mapped from the project-dispatch read model). */
export interface DispatchInput {
  /** The plans' time progress over all districts, percent; null without plans. */
  timeProgress: string | null;
  districts: DispatchDistrict[];
  behind: DispatchProject[];
  notStarted: DispatchNotStarted[];
  overdueProblems: DispatchProblem[];
}

export interface BuildReportInput {
  kind: ReportKind;
  /** The report's span: 2022-09, 2022-Q3, 2017-H1, 2022-01..09. */
  periodKey: string;
  scope: ReportScope;
  /** The published overview of the span's last month. */
  snapshot: Overview;
  /** The published overview of the span before (上半年 for 前三季度, 1-8月 for 1-9月), when there is one. */
  previous?: Overview | null;
  /** The warning board's cards of the month (bulletin reasons, leader and department). */
  cards?: Card[];
  /** Names of the districts' groups (中心城区, 新城区 …) by group id. */
  groups?: Array<{ id: number; name: string }>;
  dispatch?: DispatchInput | null;
  locale: Locale;
  issuer: string;
  dateLine: string;
  provisional: boolean;
  /** The city bulletin's completion charts, one per indicator in catalogue order (2 when not said). */
  completionCharts?: number;
}
