// The projects of a plan year as the dispatch reads them: each project in the reader's scope with
// its reports of the year up to the month under review (drafts are not filed and are left out),
// and the warnings the city's rules give it (packages/domain projectWarnings).
import type { Locale } from '@hongtu/contracts';
import type { ProjectWarningItem } from '@hongtu/contracts/project-dispatch';
import {
  describeReason,
  describeStall,
  fixedText,
  percentOf,
  projectWarnings,
  scheduleFromShares,
  storageInt,
  storageText,
  validatedTimeProgress,
  type ProjectStage,
  type ProjectWarningFacts,
  type ProjectWarningResult,
  type ProjectYearStatus,
  type ScheduleShares,
  type WarningRule,
} from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';

export interface DispatchProject {
  id: number;
  code: string;
  name: string;
  organisationId: number;
  organisationName: string;
  organisationCode: string;
  contactLeader: string;
  yearStatus: ProjectYearStatus;
  stage: ProjectStage;
  longitude: number | null;
  latitude: number | null;
  annualPlan: bigint;
  facts: ProjectWarningFacts;
}

export interface DispatchFilter {
  organisationId?: number;
  /** 包联: only the projects naming this contact leader. */
  contactLeader?: string;
  /** Only projects with a coordinate (the map). */
  located?: boolean;
}

const DEGREE = 1_000_000;

/** The plan year's projects in the actor's scope with their filed reports of January … `month`, in two queries. */
export async function loadDispatchProjects(db: Executor, actor: Actor, year: number, month: number, filter: DispatchFilter = {}): Promise<DispatchProject[]> {
  let projects = db.selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where((eb) => pathInScope(eb, 'o.path', actor))
    .where('p.plan_year', '=', year);
  if (filter.organisationId !== undefined) projects = projects.where('p.organisation_id', '=', filter.organisationId);
  if (filter.contactLeader !== undefined) projects = projects.where('p.contact_leader', '=', filter.contactLeader);
  if (filter.located) projects = projects.where('p.longitude', 'is not', null).where('p.latitude', 'is not', null);
  const rows = await projects
    .select(['p.id', 'p.code', 'p.name', 'p.organisation_id', 'o.name as organisation_name', 'o.code as organisation_code', 'p.contact_leader', 'p.year_status', 'p.stage',
      'p.longitude', 'p.latitude', 'p.annual_plan', 'p.schedule_json', 'p.planned_start', 'p.actual_start', 'p.actual_completion'])
    .orderBy('o.code').orderBy('p.code')
    .execute();
  if (rows.length === 0) return [];

  let reports = db.selectFrom('project_reports as r')
    .innerJoin('projects as p', 'p.id', 'r.project_id')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .where((eb) => pathInScope(eb, 'o.path', actor))
    .where('r.year', '=', year).where('r.month', '<=', month).where('r.status', '<>', 'draft')
    .where('p.plan_year', '=', year);
  if (filter.organisationId !== undefined) reports = reports.where('r.organisation_id', '=', filter.organisationId);
  // The same projects' reports only (the leader's own, the located ones), not every report of the year.
  if (filter.contactLeader !== undefined) reports = reports.where('p.contact_leader', '=', filter.contactLeader);
  if (filter.located) reports = reports.where('p.longitude', 'is not', null).where('p.latitude', 'is not', null);
  const reportRows = await reports.select(['r.project_id', 'r.month', 'r.ytd_investment', 'r.in_statistics']).execute();
  const byProject = new Map<number, ProjectWarningFacts['reports'][number][]>();
  for (const r of reportRows) {
    const list = byProject.get(r.project_id) ?? [];
    list.push({ month: r.month, ytdInvestment: storageInt(r.ytd_investment), inStatistics: Number(r.in_statistics) === 1 });
    byProject.set(r.project_id, list);
  }

  return rows.map((r) => {
    const annualPlan = storageInt(r.annual_plan);
    const schedule = scheduleFromShares(r.schedule_json === null ? null : (JSON.parse(r.schedule_json) as ScheduleShares));
    return {
      id: r.id, code: r.code, name: r.name, organisationId: r.organisation_id, organisationName: r.organisation_name, organisationCode: r.organisation_code,
      contactLeader: r.contact_leader, yearStatus: r.year_status, stage: r.stage,
      longitude: r.longitude === null ? null : Number(storageInt(r.longitude)) / DEGREE,
      latitude: r.latitude === null ? null : Number(storageInt(r.latitude)) / DEGREE,
      annualPlan,
      facts: {
        id: String(r.id), orgId: String(r.organisation_id), planYear: year, annualPlan, schedule,
        plannedStart: r.planned_start, actualStart: r.actual_start, actualCompletion: r.actual_completion,
        reports: byProject.get(r.id) ?? [],
      },
    };
  });
}

/** A project with its warnings as the lists send it, the reasons in the reader's language. */
export function warningItem(p: DispatchProject, result: ProjectWarningResult, month: number, locale: Locale): ProjectWarningItem {
  const report = p.facts.reports.find((r) => r.month === month) ?? null;
  const completion = report ? percentOf(report.ytdInvestment, p.annualPlan) : null;
  return {
    id: p.id, code: p.code, name: p.name, organisationId: p.organisationId, organisationName: p.organisationName, contactLeader: p.contactLeader,
    yearStatus: p.yearStatus, stage: p.stage, annualPlan: storageText(p.annualPlan),
    ytdInvestment: report ? storageText(report.ytdInvestment) : null,
    completion: completion === null ? null : fixedText(completion, 6),
    timeProgress: fixedText(validatedTimeProgress(month, p.facts.schedule), 6),
    colour: result.colour,
    kinds: result.kinds,
    reasons: [...result.cards.map((c) => describeReason(c.reason, locale)), ...(result.stalled ? [describeStall(result.stalled, locale)] : [])],
    monthsWithoutReport: result.monthsWithoutReport,
  };
}

/** Each project with its warnings at `month`. */
export function withWarnings(projects: readonly DispatchProject[], rules: readonly WarningRule[], month: number, stalledMonths?: number) {
  return projects.map((p) => ({ project: p, result: projectWarnings(rules, p.facts, month, stalledMonths) }));
}
