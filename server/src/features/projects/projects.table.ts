import type { Generated, Selectable } from 'kysely';
import type { ProjectCategory, ProjectLevel, ProjectStage, ProjectYearStatus, StoredProjectReportStatus } from '@hongtu/domain';
import type { ScaledAmount } from '../../db/amount-codec';

/**
 * 重大项目: one row per project of a district's library. Amounts in 万元 as scaled integers
 * (ADR 0002), coordinates as degrees × 10^6; dates as ISO calendar dates; `version` grows with
 * every change (an update naming an older one is answered 409).
 */
export interface ProjectsTable {
  id: Generated<number>;
  organisation_id: number;
  code: string;
  name: string;
  /** The name as duplicates are compared (projectNameKey of its Simplified form). */
  name_key: string;
  level: ProjectLevel;
  category: ProjectCategory;
  industry: string;
  owner_name: string;
  owner_credit_code: string | null;
  total_investment: ScaledAmount;
  annual_plan: ScaledAmount;
  plan_year: number;
  /** The plan's own schedule as a target stores one ({ kind, shares }), or null (linear). */
  schedule_json: string | null;
  year_status: ProjectYearStatus;
  stage: ProjectStage;
  planned_signing: string | null;
  planned_land: string | null;
  planned_planning: string | null;
  planned_eia: string | null;
  planned_construction_permit: string | null;
  planned_start: string | null;
  planned_completion: string | null;
  planned_production: string | null;
  actual_signing: string | null;
  actual_land: string | null;
  actual_planning: string | null;
  actual_eia: string | null;
  actual_construction_permit: string | null;
  actual_start: string | null;
  actual_completion: string | null;
  actual_production: string | null;
  contact_leader: string;
  responsible_department: string;
  task_force: string;
  address: string;
  longitude: ScaledAmount | null;
  latitude: ScaledAmount | null;
  /** JSON array of PROJECT_TAGS. */
  tags_json: string;
  /** 'entered', 'imported', 'document' (the demo's seed documents) or 'synthetic'. */
  source: string;
  source_ref: string | null;
  source_quote: string | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_by: number | null;
  updated_at: string;
}
export type ProjectRow = Selectable<ProjectsTable>;

/** A project's month: investment this month and year to date (万元, scaled), 形象进度, problems, next steps. */
export interface ProjectReportsTable {
  id: Generated<number>;
  project_id: number;
  /** The project's organisation, kept here so that a district-month is read without the projects. */
  organisation_id: number;
  year: number;
  month: number;
  month_investment: ScaledAmount;
  ytd_investment: ScaledAmount;
  progress_text: string;
  problems: string;
  next_steps: string;
  in_statistics: number;
  status: StoredProjectReportStatus;
  version: Generated<number>;
  reason: string | null;
  submitted_at: string | null;
  approved_at: string | null;
  updated_by: number | null;
  updated_at: string;
}
export type ProjectReportRow = Selectable<ProjectReportsTable>;

/** Every move of a report's workflow (save, submit, return, approve), with its version. */
export interface ProjectReportEventsTable {
  id: Generated<number>;
  report_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  report_version: number;
  reason: string | null;
  actor_id: number | null;
  at: string;
}

/**
 * A district's projects of a plan year, stored (project-totals.ts keeps it in the same transaction
 * as each write of projects or reports): their count, annual plans, and counts by stage and by
 * status in the year (JSON objects key → count).
 */
export interface ProjectDistrictYearsTable {
  organisation_id: number;
  year: number;
  project_count: number;
  annual_plan: ScaledAmount;
  by_stage_json: string;
  by_year_status_json: string;
}

/** A district's month of a year, stored beside it: the plans' share, starts, and the filed (not draft) reports' sums. */
export interface ProjectDistrictMonthsTable {
  organisation_id: number;
  year: number;
  month: number;
  planned_investment: ScaledAmount;
  planned_starts: number;
  starts_reached: number;
  filed_count: number;
  filed_investment: ScaledAmount;
  filed_ytd: ScaledAmount;
  in_statistics_count: number;
  in_statistics_ytd: ScaledAmount;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    projects: ProjectsTable;
    project_reports: ProjectReportsTable;
    project_report_events: ProjectReportEventsTable;
    project_district_years: ProjectDistrictYearsTable;
    project_district_months: ProjectDistrictMonthsTable;
  }
}
