import type { Locale } from '@hongtu/contracts';
import type { Project, ProjectDuplicate, ProjectInput, ProjectListItem } from '@hongtu/contracts/projects';
import {
  PROJECT_MILESTONES,
  checkProject,
  monthlyPlan,
  normalizeCreditCode,
  parseSchedule,
  projectActions,
  projectNameKey,
  scheduleFromShares,
  storageText,
  storageInt,
  toScaled,
  dec,
  type MilestoneDates,
  type ProjectFacts,
  type ProjectIssue,
  type ProjectMilestone,
  type ProjectReportIssue,
  type ProjectTag,
  type ScheduleShares,
} from '@hongtu/domain';
import { parseAmountInput } from '../../db/amount-codec';
import { AppError } from '../../platform/errors/app-error';
import { translate, type MessageCode } from '../../platform/i18n/messages';
import type { Actor } from '../../platform/permissions/actor';
import { isInScope } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import { PROJECT_LABELS } from './projects.labels';
import type { ProjectRow, ProjectsTable } from './projects.table';

/** Today's calendar date in Asia/Shanghai (UTC+8, no daylight saving), "2026-11-20". */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
/** The current year and month in Asia/Shanghai. */
export function shanghaiMonth(now: Date): { year: number; month: number } {
  const today = shanghaiToday(now);
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
}

/** The duplicate key of a name: Traditional read as Simplified, then the domain's comparison form. */
export const nameKeyOf = (name: string): string => projectNameKey(toSimplified(name));

type Which = 'planned' | 'actual';
type DateColumn = `${Which}_${ProjectMilestone}`;
const dateColumn = (which: Which, m: ProjectMilestone) => `${which}_${m}` as DateColumn;

export function datesOf(row: Pick<ProjectsTable, DateColumn>, which: Which): Record<ProjectMilestone, string | null> {
  return Object.fromEntries(PROJECT_MILESTONES.map((m) => [m, row[dateColumn(which, m)]])) as Record<ProjectMilestone, string | null>;
}

function dateColumns(planned: MilestoneDates, actual: MilestoneDates): Pick<ProjectsTable, DateColumn> {
  const out: Partial<Record<DateColumn, string | null>> = {};
  for (const m of PROJECT_MILESTONES) {
    out[dateColumn('planned', m)] = planned[m] ?? null;
    out[dateColumn('actual', m)] = actual[m] ?? null;
  }
  return out as Pick<ProjectsTable, DateColumn>;
}

/** The columns a project's input gives (everything but its organisation, code, version and trail). */
export type ProjectValues = Omit<ProjectsTable, 'id' | 'organisation_id' | 'code' | 'version' | 'source' | 'source_ref' | 'source_quote' | 'created_by' | 'created_at' | 'updated_by' | 'updated_at'>;

const degrees = (value: number | null): bigint | null => (value === null ? null : toScaled(dec(value)));

/**
 * A project as sent (contract-shaped) → the facts the domain checks and the columns to store.
 * Amounts as typed are read exactly (400 for what is no number); the schedule is validated.
 */
export function readProjectInput(input: ProjectInput, locale: Locale): { facts: ProjectFacts; values: ProjectValues } {
  const total = parseAmountInput(input.totalInvestment ?? null, 'totalInvestment');
  const plan = parseAmountInput(input.annualPlan ?? null, 'annualPlan');
  if (total === null) throw amountRequired('totalInvestment', locale);
  if (plan === null) throw amountRequired('annualPlan', locale);
  let schedule: ScheduleShares | null = null;
  if (input.schedule) {
    const parsed = parseSchedule(input.schedule.kind, input.schedule.shares);
    if (!parsed.ok) throw new AppError(400, 'PROJECT_SCHEDULE_INVALID', {}, [{ path: 'schedule', message: 'PROJECT_SCHEDULE_INVALID' }]);
    schedule = parsed.shares;
  }
  const credit = input.ownerCreditCode ? normalizeCreditCode(input.ownerCreditCode) : '';
  const planned = input.planned ?? {};
  const actual = input.actual ?? {};
  const facts: ProjectFacts = {
    level: input.level,
    category: input.category,
    totalInvestment: toScaled(total),
    annualPlan: toScaled(plan),
    planYear: input.planYear,
    yearStatus: input.yearStatus,
    stage: input.stage,
    ownerCreditCode: credit === '' ? null : credit,
    planned,
    actual,
  };
  const tags = [...new Set(input.tags ?? [])] as ProjectTag[];
  const values: ProjectValues = {
    name: input.name,
    name_key: nameKeyOf(input.name),
    level: input.level,
    category: input.category,
    industry: input.industry ?? '',
    owner_name: input.ownerName ?? '',
    owner_credit_code: facts.ownerCreditCode,
    total_investment: facts.totalInvestment,
    annual_plan: facts.annualPlan,
    plan_year: input.planYear,
    schedule_json: schedule ? JSON.stringify(schedule) : null,
    year_status: input.yearStatus,
    stage: input.stage,
    ...dateColumns(planned, actual),
    contact_leader: input.contactLeader ?? '',
    responsible_department: input.responsibleDepartment ?? '',
    task_force: input.taskForce ?? '',
    address: input.address ?? '',
    longitude: degrees(input.longitude ?? null),
    latitude: degrees(input.latitude ?? null),
    tags_json: JSON.stringify(tags),
  };
  return { facts, values };
}

/** A required amount left empty (the field named in the caller's words). */
export const amountRequired = (field: 'totalInvestment' | 'annualPlan' | 'monthInvestment' | 'ytdInvestment', locale: Locale) =>
  new AppError(400, 'PROJECT_AMOUNT_REQUIRED', { field: PROJECT_LABELS[locale].field[field] }, [{ path: field, message: 'PROJECT_AMOUNT_REQUIRED' }]);

/** A stored project's facts, as the domain checks them (the import compares rows with them). */
export function factsOfRow(row: ProjectRow): ProjectFacts {
  return {
    level: row.level, category: row.category, totalInvestment: storageInt(row.total_investment), annualPlan: storageInt(row.annual_plan),
    planYear: row.plan_year, yearStatus: row.year_status, stage: row.stage, ownerCreditCode: row.owner_credit_code,
    planned: datesOf(row, 'planned'), actual: datesOf(row, 'actual'),
  };
}

/** The message code of a domain issue: total_not_positive → PROJECT_TOTAL_NOT_POSITIVE, report_negative → PROJECT_REPORT_NEGATIVE. */
type IssueMessage<C extends string> = `PROJECT_${Uppercase<C>}`;
export function issueMessageCode<C extends (ProjectIssue | ProjectReportIssue)['code']>(code: C): IssueMessage<C> & MessageCode {
  return `PROJECT_${code.toUpperCase()}` as IssueMessage<C> & MessageCode;
}

/** An issue's parameters in words of the locale (milestones, stages, categories by their labels). */
export function issueParams(issue: ProjectIssue | ProjectReportIssue, locale: Locale): Record<string, string | number> {
  const labels = PROJECT_LABELS[locale];
  const p = { ...issue.params };
  if (typeof p.which === 'string') p.which = labels.which[p.which as Which];
  for (const key of ['earlier', 'later', 'milestone'] as const) if (typeof p[key] === 'string') p[key] = labels.milestone[p[key] as ProjectMilestone];
  if (typeof p.stage === 'string') p.stage = labels.stage[p.stage as keyof typeof labels.stage];
  if (typeof p.category === 'string') p.category = labels.category[p.category as keyof typeof labels.category];
  return p;
}

export function issueMessage(issue: ProjectIssue | ProjectReportIssue, locale: Locale): string {
  return translate(issueMessageCode(issue.code), locale, issueParams(issue, locale));
}

/** Refuses with the first issue as the answer's code and every issue, in words, at its field. */
export function issuesError(issues: readonly (ProjectIssue | ProjectReportIssue)[], locale: Locale): AppError {
  const first = issues[0]!;
  return new AppError(422, issueMessageCode(first.code), issueParams(first, locale), issues.map((i) => ({ path: i.field, message: issueMessage(i, locale) })));
}

/** Checks a project as the domain does; throws the localized refusal when anything is wrong. */
export function assertProject(facts: ProjectFacts, today: string, locale: Locale): void {
  const issues = checkProject(facts, today);
  if (issues.length > 0) throw issuesError(issues, locale);
}

const coordinate = (raw: ProjectRow['longitude']): number | null => (raw === null ? null : Number(storageText(storageInt(raw))));

export function scheduleOfRow(row: Pick<ProjectRow, 'schedule_json'>): ScheduleShares | null {
  return row.schedule_json === null ? null : (JSON.parse(row.schedule_json) as ScheduleShares);
}

/** A stored project as the API answers it. */
export function toProject(row: ProjectRow & { organisation_name: string; organisation_path: string }, actor: Actor, duplicates: ProjectDuplicate[]): Project {
  const shares = scheduleOfRow(row);
  const plan = storageInt(row.annual_plan);
  return {
    ...toListItem(row),
    industry: row.industry,
    ownerCreditCode: row.owner_credit_code,
    schedule: shares ? { kind: shares.kind, shares: [...shares.shares] } : null,
    monthlyPlan: monthlyPlan(plan, scheduleFromShares(shares)).map((v) => storageText(v)),
    planned: datesOf(row, 'planned'),
    actual: datesOf(row, 'actual'),
    contactLeader: row.contact_leader,
    responsibleDepartment: row.responsible_department,
    taskForce: row.task_force,
    address: row.address,
    longitude: coordinate(row.longitude),
    latitude: coordinate(row.latitude),
    tags: JSON.parse(row.tags_json) as ProjectTag[],
    source: row.source,
    sourceRef: row.source_ref,
    sourceQuote: row.source_quote,
    createdAt: row.created_at,
    actions: projectActions({ role: actor.role, own: isInScope(actor, row.organisation_path), level: row.level, category: row.category, totalInvestment: storageInt(row.total_investment) }),
    duplicates,
  };
}

export function toListItem(row: Pick<ProjectRow, 'id' | 'organisation_id' | 'code' | 'name' | 'level' | 'category' | 'total_investment' | 'annual_plan' | 'plan_year' | 'year_status' | 'stage' | 'owner_name' | 'updated_at' | 'version'> & { organisation_name: string }): ProjectListItem {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    code: row.code,
    name: row.name,
    level: row.level,
    category: row.category,
    totalInvestment: storageText(storageInt(row.total_investment)),
    annualPlan: storageText(storageInt(row.annual_plan)),
    planYear: row.plan_year,
    yearStatus: row.year_status,
    stage: row.stage,
    ownerName: row.owner_name,
    updatedAt: row.updated_at,
    version: row.version,
  };
}
