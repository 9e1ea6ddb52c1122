// The projects' dashboard (docs/DOMAIN.md "Major projects" → "Dashboards"): projects by stage and by
// status in the year, plan vs actual investment per district and month, each district's start rate
// and investment completion ranked against time progress, and the reader's own projects (包联).
// The district aggregates are read from the totals stored per district and year (projects'
// project-totals.ts, kept in the transaction of every write); only the months up to the one under
// review are summed here.
import type { DispatchQuery, ProjectDashboard } from '@hongtu/contracts/project-dispatch';
import { districtProgressAt, fixedText, percentOf, progressGap, rankByValue, storageInt, storageText } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';
import { parsePeriodOrFail } from '../reporting/reporting.public';
import { enabledWarningRules } from '../warnings/warnings.public';
import { loadDispatchProjects, warningItem, withWarnings } from './project-facts';

const big = (v: unknown): bigint => storageInt(String(v ?? 0));

/** The stored district-years of the plan year in the reader's scope (one district with organisationId). */
function districtYears(db: Executor, actor: Actor, year: number, organisationId?: number) {
  let q = db.selectFrom('project_district_years as y').innerJoin('organisations as o', 'o.id', 'y.organisation_id')
    .where((eb) => pathInScope(eb, 'o.path', actor)).where('y.year', '=', year).where('y.project_count', '>', 0);
  if (organisationId !== undefined) q = q.where('y.organisation_id', '=', organisationId);
  return q;
}

/** Counts by key summed over the districts' stored JSON objects, in key order. */
function sumCounts(jsons: readonly string[]) {
  const total = new Map<string, number>();
  for (const json of jsons) for (const [key, count] of Object.entries(JSON.parse(json) as Record<string, number>)) total.set(key, (total.get(key) ?? 0) + count);
  return [...total].sort(([x], [y]) => x.localeCompare(y)).map(([key, count]) => ({ key, count }));
}

/**
 * Plan vs actual per district and month, start rate, completion against time progress, projects by
 * stage and by status, from the stored totals (project_district_years / project_district_months,
 * kept by every write of projects and reports): one read of each district's months up to `month`.
 */
export async function districtProgress(db: Executor, actor: Actor, year: number, month: number, organisationId?: number) {
  const rows = await districtYears(db, actor, year, organisationId)
    .innerJoin('project_district_months as m', (j) => j.onRef('m.organisation_id', '=', 'y.organisation_id').onRef('m.year', '=', 'y.year'))
    .where('m.month', '<=', month)
    .select(['y.organisation_id', 'o.name', 'o.code', 'y.project_count', 'y.annual_plan', 'y.by_stage_json', 'y.by_year_status_json',
      'm.month', 'm.planned_investment', 'm.filed_investment', 'm.planned_starts', 'm.starts_reached'])
    .execute();
  const yearRows = [...new Map(rows.map((r) => [r.organisation_id, r])).values()];
  const monthsOf = new Map<number, Parameters<typeof districtProgressAt>[0][number][]>();
  for (const m of rows) {
    const list = monthsOf.get(m.organisation_id) ?? [];
    list.push({ month: m.month, plannedInvestment: big(m.planned_investment), filedInvestment: big(m.filed_investment), plannedStarts: Number(m.planned_starts), startsReached: Number(m.starts_reached) });
    monthsOf.set(m.organisation_id, list);
  }
  interface Acc { id: number; name: string; code: string; count: number; plan: bigint; planned: bigint[]; actual: bigint[]; plannedStarts: number; started: number }
  const acc: Acc[] = yearRows.map((row) => ({
    id: row.organisation_id, name: row.name, code: row.code, count: Number(row.project_count), plan: big(row.annual_plan),
    ...districtProgressAt(monthsOf.get(row.organisation_id) ?? [], month),
  }));

  const list = acc.sort((x, y) => x.code.localeCompare(y.code));
  const sum = (xs: bigint[]) => xs.reduce((s, x) => s + x, 0n);
  const measures = list.map((a) => {
    const ytd = sum(a.actual);
    const completion = percentOf(ytd, a.plan);
    const time = percentOf(sum(a.planned), a.plan);
    return { a, ytd, completion, gap: completion !== null && time !== null ? progressGap(completion, time) : null };
  });
  const ranking = rankByValue(measures.map((m) => ({ orgId: m.a.id, value: m.gap })), 'higher', { places: 1 });
  const rankOf = new Map(ranking.rows.map((r) => [r.orgId, r.rank]));
  const totalPlan = sum(list.map((a) => a.plan));
  const cityTime = percentOf(sum(list.map((a) => sum(a.planned))), totalPlan);
  return {
    timeProgress: cityTime,
    byStage: sumCounts(yearRows.map((r) => r.by_stage_json)),
    byYearStatus: sumCounts(yearRows.map((r) => r.by_year_status_json)),
    districts: measures.map(({ a, ytd, completion, gap }) => ({
      organisationId: a.id, organisationName: a.name, projectCount: a.count,
      annualPlan: storageText(a.plan), ytdInvestment: storageText(ytd),
      completion: fixedText(completion, 6), gap: fixedText(gap, 6),
      plannedStarts: a.plannedStarts, started: a.started,
      startRate: fixedText(percentOf(BigInt(a.started), BigInt(a.plannedStarts)), 6),
      rank: rankOf.get(a.id) ?? null,
      months: a.planned.map((planned, i) => ({ month: i + 1, planned: storageText(planned), actual: storageText(a.actual[i]!) })),
    })),
  };
}

export function createProjectDashboardReadModel({ db }: Deps) {
  return {
    async get(ctx: RequestContext, query: DispatchQuery): Promise<ProjectDashboard> {
      const actor = requireActor(ctx);
      const { year, month } = parsePeriodOrFail(query.period);
      const [progress, rules, own] = await Promise.all([
        districtProgress(db, actor, year, month, query.organisationId),
        enabledWarningRules(db),
        loadDispatchProjects(db, actor, year, month, { contactLeader: actor.displayName }),
      ]);
      return {
        period: query.period,
        timeProgress: fixedText(progress.timeProgress ?? 0n, 6),
        byStage: progress.byStage, byYearStatus: progress.byYearStatus, districts: progress.districts,
        own: withWarnings(own, rules, month).map((w) => warningItem(w.project, w.result, month, ctx.locale)),
      };
    },
  };
}
