// The projects' dashboard (docs/DOMAIN.md "Major projects" → "Dashboards"): projects by stage and by
// status in the year, plan vs actual investment per district and month, each district's start rate
// and investment completion ranked against time progress, and the reader's own projects (包联).
// The district aggregates are read from the totals stored per district and year (projects'
// project-totals.ts, kept in the transaction of every write); only the months up to the one under
// review are summed here.
import type { DispatchQuery, DistrictProgress, ProjectDashboard } from '@hongtu/contracts/project-dispatch';
import { districtProgressAt, fixedText, percentOf, progressGap, rankByValue, storageInt, storageText, type Fixed } from '@hongtu/domain';
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

/**
 * Plan vs actual per district and month, start rate, completion against time progress, from the
 * stored totals (project_district_years / project_district_months, kept by every write of projects
 * and reports): two reads of a row per district and a row per district-month.
 */
export async function districtProgress(db: Executor, actor: Actor, year: number, month: number, organisationId?: number): Promise<{ districts: DistrictProgress[]; timeProgress: Fixed | null }> {
  const [yearRows, monthRows] = await Promise.all([
    districtYears(db, actor, year, organisationId).select(['y.organisation_id', 'o.name', 'o.code', 'y.project_count', 'y.annual_plan']).execute(),
    districtYears(db, actor, year, organisationId)
      .innerJoin('project_district_months as m', (j) => j.onRef('m.organisation_id', '=', 'y.organisation_id').onRef('m.year', '=', 'y.year'))
      .where('m.month', '<=', month)
      .select(['m.organisation_id', 'm.month', 'm.planned_investment', 'm.filed_investment', 'm.planned_starts', 'm.starts_reached']).execute(),
  ]);
  const monthsOf = new Map<number, Parameters<typeof districtProgressAt>[0][number][]>();
  for (const m of monthRows) {
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

/** Projects by stage and by status in the year, summed over the stored district-years. */
async function countsBy(db: Executor, actor: Actor, year: number, organisationId?: number) {
  const rows = await districtYears(db, actor, year, organisationId).select(['y.by_stage_json', 'y.by_year_status_json']).execute();
  const sum = (jsons: string[]) => {
    const total = new Map<string, number>();
    for (const json of jsons) for (const [key, count] of Object.entries(JSON.parse(json) as Record<string, number>)) total.set(key, (total.get(key) ?? 0) + count);
    return [...total].sort(([x], [y]) => x.localeCompare(y)).map(([key, count]) => ({ key, count }));
  };
  return { byStage: sum(rows.map((r) => r.by_stage_json)), byYearStatus: sum(rows.map((r) => r.by_year_status_json)) };
}

export function createProjectDashboardReadModel({ db }: Deps) {
  return {
    async get(ctx: RequestContext, query: DispatchQuery): Promise<ProjectDashboard> {
      const actor = requireActor(ctx);
      const { year, month } = parsePeriodOrFail(query.period);
      const [{ byStage, byYearStatus }, progress, rules, own] = await Promise.all([
        countsBy(db, actor, year, query.organisationId),
        districtProgress(db, actor, year, month, query.organisationId),
        enabledWarningRules(db),
        loadDispatchProjects(db, actor, year, month, { contactLeader: actor.displayName }),
      ]);
      return {
        period: query.period,
        timeProgress: fixedText(progress.timeProgress ?? 0n, 6),
        byStage, byYearStatus, districts: progress.districts,
        own: withWarnings(own, rules, month).map((w) => warningItem(w.project, w.result, month, ctx.locale)),
      };
    },
  };
}
