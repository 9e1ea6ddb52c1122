import type { ProjectInput } from '@hongtu/contracts/projects';
import { PROJECT_MILESTONES, storageInt, storageText, type ProjectMilestone } from '@hongtu/domain';
import { datesOf, scheduleOfRow } from './projects.codec';
import type { ImportedProject } from './project-import-columns';
import type { ProjectRow } from './projects.table';

/** What `imports.rows_json` holds for a district's project workbook (kind 'projects'). */
export interface StoredProjectBatch {
  year: number;
  month: number;
  projects: StoredProject[];
  reports: StoredReport[];
}

/** A project the commit creates (id null) or changes, with the version the dry run saw. */
export interface StoredProject {
  sheet: string;
  row: number;
  id: number | null;
  version: number;
  /** The code to give a new project (null: numbered by the server). */
  code: string | null;
  input: ProjectInput;
}

/** A monthly report the commit saves as a draft: of the project at `project` (its index in `projects`, or an existing id). */
export interface StoredReport {
  sheet: string;
  row: number;
  projectIndex: number | null;
  projectId: number | null;
  /** The report's version at the dry run (0: none yet). */
  version: number;
  monthInvestment: string;
  ytdInvestment: string;
  progressText: string;
  problems: string;
  nextSteps: string;
  inStatistics: boolean;
}

/** A stored project as the input the form would send (amounts as exact text), to be merged with an imported row. */
export function inputOfRow(row: ProjectRow): ProjectInput {
  const schedule = scheduleOfRow(row);
  const degrees = (raw: ProjectRow['longitude']) => (raw === null ? null : Number(storageText(storageInt(raw))));
  return {
    organisationId: row.organisation_id,
    code: row.code,
    name: row.name,
    level: row.level,
    category: row.category,
    industry: row.industry,
    ownerName: row.owner_name,
    ownerCreditCode: row.owner_credit_code,
    totalInvestment: storageText(storageInt(row.total_investment)),
    annualPlan: storageText(storageInt(row.annual_plan)),
    planYear: row.plan_year,
    schedule: schedule ? { kind: schedule.kind, shares: [...schedule.shares] } : null,
    yearStatus: row.year_status,
    stage: row.stage,
    planned: datesOf(row, 'planned'),
    actual: datesOf(row, 'actual'),
    contactLeader: row.contact_leader,
    responsibleDepartment: row.responsible_department,
    taskForce: row.task_force,
    address: row.address,
    longitude: degrees(row.longitude),
    latitude: degrees(row.latitude),
    tags: JSON.parse(row.tags_json) as ProjectInput['tags'],
  };
}

const TEXT_FIELDS = ['industry', 'ownerName', 'contactLeader', 'responsibleDepartment', 'taskForce', 'address'] as const;

/**
 * An imported row over the stored project (or over nothing, for a new one): a column the sheet
 * has replaces the stored value (an empty cell clears an optional one), a column it lacks leaves
 * it. Answers the fields still missing that a project needs.
 */
export function mergeRow(stored: ProjectInput | null, r: ImportedProject, defaultYear: number): { input: Partial<ProjectInput>; missing: string[] } {
  const input: Partial<ProjectInput> = stored ? { ...stored, planned: { ...stored.planned }, actual: { ...stored.actual } } : { planned: {}, actual: {} };
  const take = <K extends keyof ProjectInput>(key: K, value: ProjectInput[K] | null | undefined, empty: ProjectInput[K] | undefined) => {
    if (value === undefined) return;
    input[key] = (value ?? empty) as ProjectInput[K];
  };
  take('name', r.name, undefined);
  take('level', r.level, undefined);
  take('category', r.category, undefined);
  for (const key of TEXT_FIELDS) take(key, r[key], '');
  take('ownerCreditCode', r.ownerCreditCode, null);
  take('totalInvestment', r.totalInvestment, null);
  take('annualPlan', r.annualPlan, null);
  take('planYear', r.planYear, undefined);
  take('yearStatus', r.yearStatus, undefined);
  take('stage', r.stage, undefined);
  take('longitude', r.longitude, null);
  take('latitude', r.latitude, null);
  take('tags', r.tags, []);
  for (const m of PROJECT_MILESTONES as readonly ProjectMilestone[]) {
    if (r.planned[m] !== undefined) input.planned![m] = r.planned[m];
    if (r.actual[m] !== undefined) input.actual![m] = r.actual[m];
  }
  if (input.planYear === undefined) input.planYear = defaultYear;
  const missing = (['name', 'level', 'category', 'totalInvestment', 'annualPlan', 'yearStatus', 'stage'] as const).filter((k) => input[k] === undefined || input[k] === null);
  return { input, missing };
}

export const hasReport = (r: ImportedProject): boolean =>
  [r.monthInvestment, r.ytdInvestment, r.progressText, r.problems, r.nextSteps].some((v) => v !== undefined && v !== null) || r.inStatistics === true;
