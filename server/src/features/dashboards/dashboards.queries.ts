// The set-based reads behind the dashboards. Each function is one query over all organisations
// of the ranking universe at once (never one per district); shaping happens in memory
// (dashboards.shape.ts). Amounts stay scaled integers here and are decoded while shaping.
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import { notFound } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import type { ScaledAmount } from '../indicators/indicators.table';
import type { IndicatorRow } from '../indicators/indicators.table';
import type { FigureSource, SubmissionStatus } from '../reporting/reporting.table';
import type { DashboardOrg, FigureFact, ResponsibilityFact, TargetFact } from './dashboards.model';

/** Approved months are what the city publishes; a month under a revision request keeps its approved figures. */
export const PUBLISHED_STATUSES: readonly SubmissionStatus[] = ['approved', 'revision_requested'];
/** Reviewers may look at submitted months before approving them. */
export const REVIEW_STATUSES: readonly SubmissionStatus[] = [...PUBLISHED_STATUSES, 'submitted'];

/** Ids of a materialised path "/1/2/7/" → [1, 2, 7]. */
export function pathIds(path: string): number[] {
  return path.split('/').filter((s) => s !== '').map(Number);
}

/**
 * The organisation whose districts are ranked together: the nearest city at or above the actor
 * (DOMAIN.md: "Ranking inside a group or the whole city"); an actor above city level (province)
 * ranks all districts in its own subtree.
 */
export async function rankingRoot(exec: Executor, actor: Pick<Actor, 'organisationId' | 'organisationPath'>): Promise<{ id: number; path: string }> {
  const ids = pathIds(actor.organisationPath);
  const rows = ids.length === 0 ? [] : await exec.selectFrom('organisations').select(['id', 'kind', 'path']).where('id', 'in', ids).execute();
  const city = rows.filter((r) => r.kind === 'city').sort((a, b) => b.path.length - a.path.length)[0];
  return city ? { id: city.id, path: city.path } : { id: actor.organisationId, path: actor.organisationPath };
}

/** Districts and zones under `rootPath`, each with its district groups, in the city's order. */
export async function universeOrgs(exec: Executor, rootPath: string): Promise<DashboardOrg[]> {
  const rows = await exec
    .selectFrom('organisations as o')
    .leftJoin('organisation_group_members as m', 'm.organisation_id', 'o.id')
    .select(['o.id', 'o.name', 'o.code', 'o.path', 'o.kind', 'm.group_id'])
    .where('o.path', 'like', `${rootPath}%`)
    .where('o.kind', 'in', ['district', 'zone'])
    .orderBy('o.kind')
    .orderBy('o.code')
    .orderBy('m.group_id')
    .execute();
  const byId = new Map<number, DashboardOrg>();
  for (const r of rows) {
    let org = byId.get(r.id);
    if (!org) {
      org = { id: r.id, name: r.name, code: r.code, path: r.path, groupIds: [] };
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

export interface FigureQuery {
  organisationIds: readonly number[];
  statuses: readonly SubmissionStatus[];
  /** This year's months `fromMonth..month` and last year's `lastYearFromMonth..month`. */
  year: number;
  month: number;
  fromMonth: number;
  lastYearFromMonth: number;
  indicatorIds?: readonly number[];
}

/**
 * The figures of every organisation in the list for this year's months in range and last
 * year's same months, joined to their submissions (status filter) and periods: one query.
 */
export async function loadFigures(exec: Executor, q: FigureQuery): Promise<FigureFact[]> {
  if (q.organisationIds.length === 0 || (q.indicatorIds && q.indicatorIds.length === 0)) return [];
  let query = exec
    .selectFrom('figures as f')
    .innerJoin('submissions as s', 's.id', 'f.submission_id')
    .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
    .select(['s.organisation_id', 'f.indicator_id', 'p.year', 'p.month', 'f.ytd_value', 'f.reported_yoy', 'f.source', 'f.source_ref', 'f.source_quote'])
    .where('s.organisation_id', 'in', [...q.organisationIds])
    .where('s.status', 'in', [...q.statuses])
    .where((eb) => eb.or([
      eb.and([eb('p.year', '=', q.year), eb('p.month', '>=', q.fromMonth), eb('p.month', '<=', q.month)]),
      eb.and([eb('p.year', '=', q.year - 1), eb('p.month', '>=', q.lastYearFromMonth), eb('p.month', '<=', q.month)]),
    ]));
  if (q.indicatorIds) query = query.where('f.indicator_id', 'in', [...q.indicatorIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    indicatorId: r.indicator_id,
    year: r.year,
    month: r.month,
    ytd: r.ytd_value,
    reportedYoy: r.reported_yoy,
    source: r.source as FigureSource,
    sourceRef: r.source_ref,
    sourceQuote: r.source_quote,
  }));
}

/** The year's targets of every organisation in the list: one query. */
export async function loadTargets(exec: Executor, organisationIds: readonly number[], year: number, indicatorIds?: readonly number[]): Promise<TargetFact[]> {
  if (organisationIds.length === 0 || (indicatorIds && indicatorIds.length === 0)) return [];
  let query = exec
    .selectFrom('targets')
    .select(['organisation_id', 'indicator_id', 'amount_target', 'amount_comparator', 'growth_target', 'growth_comparator', 'no_target', 'schedule_json'])
    .where('year', '=', year)
    .where('organisation_id', 'in', [...organisationIds]);
  if (indicatorIds) query = query.where('indicator_id', 'in', [...indicatorIds]);
  const rows = await query.execute();
  return rows.map((r) => ({
    organisationId: r.organisation_id,
    indicatorId: r.indicator_id,
    amountTarget: r.amount_target,
    growthTarget: r.growth_target,
    noTarget: r.no_target === 1,
    scheduleJson: r.schedule_json,
  }));
}

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

/**
 * The benchmark's yardstick: the overview's aggregate as one raw SQL statement, so the API can be
 * compared with what the database alone costs. For every key indicator and district under the
 * city: the month's figure, last year's same month, the target, completion, growth, linear time
 * progress, gap, the card of the default Wuhan rule, rank in the city and in the first group, and
 * the city average — computed by the database in floating point. Not used by the API.
 */
export async function overviewRawSql(exec: Executor, periodKey: string, options: { rootPath?: string; statuses?: readonly SubmissionStatus[] } = {}) {
  const [year, month] = periodKey.split('-').map(Number) as [number, number];
  const statuses = sql.join([...(options.statuses ?? PUBLISHED_STATUSES)].map((s) => sql`${s}`));
  const rootPath = `${options.rootPath ?? '/'}%`;
  const tp = sql.raw(String((month * 100) / 12));
  const order = sql.raw('(b.completion is null), case when b.direction = \'lower\' then b.completion else -b.completion end');
  const result = await sql<{
    organisation_id: number; indicator_id: number; ytd_value: ScaledAmount | null; reported_yoy: ScaledAmount | null;
    source: string; source_ref: string | null; source_quote: string | null; last_year_ytd: ScaledAmount | null;
    amount_target: ScaledAmount | null; growth_target: ScaledAmount | null; schedule_json: string | null;
    completion: number | null; yoy: number | null; progress_gap: number | null; card: string | null;
    city_rank: number; group_rank: number; city_average: number | null;
  }>`
    with base as (
      select s.organisation_id, f.indicator_id, i.direction, f.ytd_value, f.reported_yoy, f.source, f.source_ref, f.source_quote,
             f2.ytd_value as last_year_ytd, t.amount_target, t.growth_target, t.schedule_json, g.group_id,
             case when t.amount_target > 0 and i.kind not in ('ratio', 'growth_rate') then f.ytd_value * 100.0 / t.amount_target end as completion,
             case when f2.ytd_value > 0 and i.kind not in ('ratio', 'growth_rate') then (f.ytd_value - f2.ytd_value) * 100.0 / f2.ytd_value end as yoy
      from reporting_periods p
      join submissions s on s.period_id = p.id
      join figures f on f.submission_id = s.id
      join organisations o on o.id = s.organisation_id
      join indicators i on i.id = f.indicator_id
      left join targets t on t.year = p.year and t.organisation_id = s.organisation_id and t.indicator_id = f.indicator_id
      left join reporting_periods p2 on p2.year = ${year - 1} and p2.month = p.month
      left join submissions s2 on s2.period_id = p2.id and s2.organisation_id = s.organisation_id and s2.status in (${statuses})
      left join figures f2 on f2.submission_id = s2.id and f2.indicator_id = f.indicator_id
      left join (select organisation_id, min(group_id) as group_id from organisation_group_members group by organisation_id) g on g.organisation_id = s.organisation_id
      where p.year = ${year} and p.month = ${month} and s.status in (${statuses})
        and o.kind in ('district', 'zone') and o.path like ${rootPath} and i.is_key = 1
    )
    select b.organisation_id, b.indicator_id, b.ytd_value, b.reported_yoy, b.source, b.source_ref, b.source_quote, b.last_year_ytd,
           b.amount_target, b.growth_target, b.schedule_json, b.completion, b.yoy, b.completion - ${tp} as progress_gap,
           case when b.direction = 'higher' and b.completion * 100.0 / ${tp} < 60 then 'red'
                when b.direction = 'higher' and b.completion * 100.0 / ${tp} < 80 then 'yellow' end as card,
           rank() over (partition by b.indicator_id order by ${order}) as city_rank,
           rank() over (partition by b.indicator_id, b.group_id order by ${order}) as group_rank,
           avg(b.completion) over (partition by b.indicator_id) as city_average
    from base b
    order by b.organisation_id, b.indicator_id`.execute(exec);
  return result.rows;
}
