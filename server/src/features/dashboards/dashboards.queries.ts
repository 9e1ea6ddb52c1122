// The set-based reads behind the dashboards. Each function is one query over all organisations
// of the ranking universe at once (never one per district); shaping happens in memory
// (dashboards.shape.ts). Amounts stay scaled integers here and are decoded while shaping.
import { REPORTING_UNIT_KINDS } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { notFound } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { FigureSource, SubmissionStatus } from '../reporting/reporting.public';
import type { DashboardOrg, FigureFact, ResponsibilityFact } from './dashboards.model';

/** What the dashboards read: published months, and for a reviewer who asks, submitted ones too. */
export { PUBLISHED_STATUSES, PUBLISHED_OR_SUBMITTED_STATUSES as REVIEW_STATUSES } from '@hongtu/domain';

/** Ids of a materialised path "/1/2/7/" → [1, 2, 7]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter((s) => s !== '').map(Number);
}

/**
 * The organisation whose districts are ranked together: the nearest city at or above the actor
 * (DOMAIN.md "Ranking": inside a group or the whole city); an actor above city level (province)
 * ranks all districts in its own subtree.
 */
export async function rankingRoot(exec: Executor, actor: Pick<Actor, 'organisationId' | 'organisationPath'>): Promise<{ id: number; path: string; isCity: boolean }> {
  const ids = pathIds(actor.organisationPath);
  const rows = ids.length === 0 ? [] : await exec.selectFrom('organisations').select(['id', 'kind', 'path']).where('id', 'in', ids).execute();
  const city = rows.filter((r) => r.kind === 'city').sort((a, b) => b.path.length - a.path.length)[0];
  return city ? { id: city.id, path: city.path, isCity: true } : { id: actor.organisationId, path: actor.organisationPath, isCity: false };
}

/** Districts and zones under `rootPath`, each with its district groups, in the city's order. */
export async function universeOrgs(exec: Executor, rootPath: string): Promise<DashboardOrg[]> {
  const rows = await exec
    .selectFrom('organisations as o')
    .leftJoin('organisation_group_members as m', 'm.organisation_id', 'o.id')
    .select(['o.id', 'o.name', 'o.code', 'o.path', 'o.kind', 'm.group_id'])
    .where('o.path', 'like', `${rootPath}%`)
    .where('o.kind', 'in', REPORTING_UNIT_KINDS)
    .orderBy('o.kind')
    .orderBy('o.code')
    .orderBy('m.group_id')
    .execute();
  const byId = new Map<number, DashboardOrg>();
  for (const r of rows) {
    let org = byId.get(r.id);
    if (!org) {
      org = { id: r.id, name: r.name, code: r.code, path: r.path, groupIds: [], kind: r.kind };
      byId.set(r.id, org);
    }
    if (r.group_id !== null) org.groupIds.push(r.group_id);
  }
  return [...byId.values()];
}

/** One organisation for the district page; 404 when missing (scope is checked by the caller). */
export async function findOrg(exec: Executor, id: number) {
  const row = await exec.selectFrom('organisations').select(['id', 'name', 'code', 'path', 'kind']).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const groups = await exec.selectFrom('organisation_group_members').select('group_id').where('organisation_id', '=', id).orderBy('group_id').execute();
  return { ...row, groupIds: groups.map((g) => g.group_id) };
}

export function listIndicators(exec: Executor): Promise<IndicatorRow[]> {
  return exec.selectFrom('indicators').selectAll().orderBy('sort_order').orderBy('id').execute();
}

/** Months `fromMonth..toMonth` of one year. */
export interface MonthRange {
  year: number;
  fromMonth: number;
  toMonth: number;
}

export interface FigureQuery {
  organisationIds: readonly number[];
  statuses: readonly SubmissionStatus[];
  /** The months to read (each with, when growth is wanted, the same months a year earlier). */
  ranges: readonly MonthRange[];
  indicatorIds?: readonly number[];
}

/**
 * The ranges covering `periods` (any order, across years) and, for the growth of each, the same
 * months a year earlier: one range per year.
 */
export function rangesWithBases(periods: ReadonlyArray<{ year: number; month: number }>): MonthRange[] {
  const byYear = new Map<number, MonthRange>();
  const add = (year: number, month: number) => {
    const r = byYear.get(year);
    if (!r) byYear.set(year, { year, fromMonth: month, toMonth: month });
    else byYear.set(year, { year, fromMonth: Math.min(r.fromMonth, month), toMonth: Math.max(r.toMonth, month) });
  };
  for (const p of periods) {
    add(p.year, p.month);
    add(p.year - 1, p.month);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * The figures of every organisation in the list for the months in range, joined to their
 * submissions (status filter) and periods: one query.
 */
export async function loadFigures(exec: Executor, q: FigureQuery): Promise<FigureFact[]> {
  if (q.organisationIds.length === 0 || q.ranges.length === 0 || (q.indicatorIds && q.indicatorIds.length === 0)) return [];
  let query = exec
    .selectFrom('figures as f')
    .innerJoin('submissions as s', 's.id', 'f.submission_id')
    .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
    .select(['s.organisation_id', 'f.indicator_id', 'p.year', 'p.month', 'f.ytd_value', 'f.reported_yoy', 'f.adjusted_base', 'f.reported_yoy_comparable', 'f.source', 'f.source_ref', 'f.source_quote', 'f.vintage'])
    .where('s.organisation_id', 'in', [...q.organisationIds])
    .where('s.status', 'in', [...q.statuses])
    .where((eb) => eb.or(q.ranges.map((r) => eb.and([eb('p.year', '=', r.year), eb('p.month', '>=', r.fromMonth), eb('p.month', '<=', r.toMonth)]))));
  if (q.indicatorIds) query = query.where('f.indicator_id', 'in', [...q.indicatorIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    indicatorId: r.indicator_id,
    year: r.year,
    month: r.month,
    ytd: r.ytd_value,
    reportedYoy: r.reported_yoy,
    adjustedBase: r.adjusted_base,
    reportedYoyComparable: r.reported_yoy_comparable,
    source: r.source as FigureSource,
    sourceRef: r.source_ref,
    sourceQuote: r.source_quote,
    vintage: r.vintage,
  }));
}

/** The year's targets of every organisation in the list: one query (the targets feature's read model). */
export { yearTargets as loadTargets } from '../targets/targets.public';

/** Who answers for each indicator in each organisation this year: one query. */
export async function loadResponsibilities(exec: Executor, organisationIds: readonly number[], year: number): Promise<ResponsibilityFact[]> {
  if (organisationIds.length === 0) return [];
  const rows = await exec
    .selectFrom('indicator_responsibilities')
    .select(['organisation_id', 'indicator_id', 'leader', 'department', 'task_force', 'measures'])
    .where('year', '=', year)
    .where('organisation_id', 'in', [...organisationIds])
    .execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id, indicatorId: r.indicator_id,
    leader: r.leader, department: r.department, taskForce: r.task_force, measures: r.measures,
  }));
}
