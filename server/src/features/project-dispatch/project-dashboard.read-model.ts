// The projects' dashboard (docs/DOMAIN.md "Major projects" → "Dashboards"): projects by stage and by
// status in the year, plan vs actual investment per district and month, each district's start rate
// and investment completion ranked against time progress, and the reader's own projects (包联).
// The district aggregates are computed by the database (grouped sums); only the plan's schedules
// are spread over the months here, one sum per district and schedule.
import type { DispatchQuery, DistrictProgress, ProjectDashboard } from '@hongtu/contracts/project-dispatch';
import {
  fixedText,
  percentOf,
  plannedInvestmentBy,
  progressGap,
  rankByValue,
  scheduleFromShares,
  storageInt,
  storageText,
  type Fixed,
  type ScheduleShares,
} from '@hongtu/domain';
import { sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';
import { parsePeriodOrFail } from '../reporting/reporting.public';
import { enabledWarningRules } from '../warnings/warnings.public';
import { loadDispatchProjects, warningItem, withWarnings } from './project-facts';

const big = (v: unknown): bigint => storageInt(String(v ?? 0));
const endOfMonth = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;

/** Plan vs actual per district and month, start rate, completion against time progress: four grouped queries. */
export async function districtProgress(db: Executor, actor: Actor, year: number, month: number, organisationId?: number): Promise<{ districts: DistrictProgress[]; timeProgress: Fixed | null }> {
  const monthEnd = endOfMonth(year, month);
  let plans = db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where((eb) => pathInScope(eb, 'o.path', actor)).where('p.plan_year', '=', year);
  if (organisationId !== undefined) plans = plans.where('p.organisation_id', '=', organisationId);
  const [planRows, startRows, actualRows] = await Promise.all([
    plans.select((eb) => ['p.organisation_id', 'o.name', 'o.code', 'p.schedule_json', eb.fn.countAll<number | string>().as('count'), eb.fn.sum<number | string>('p.annual_plan').as('plan')])
      .groupBy(['p.organisation_id', 'o.name', 'o.code', 'p.schedule_json']).execute(),
    plans.select((eb) => [
      'p.organisation_id',
      eb.fn.sum<number | string>(sql`case when p.planned_start >= ${`${year}-01-01`} and p.planned_start <= ${monthEnd} then 1 else 0 end`).as('planned'),
      eb.fn.sum<number | string>(sql`case when p.planned_start >= ${`${year}-01-01`} and p.planned_start <= ${monthEnd} and p.actual_start is not null and p.actual_start <= ${monthEnd} then 1 else 0 end`).as('started'),
    ]).groupBy('p.organisation_id').execute(),
    (() => {
      let q = db.selectFrom('project_reports as r').innerJoin('organisations as o', 'o.id', 'r.organisation_id')
        .where((eb) => pathInScope(eb, 'o.path', actor))
        .where('r.year', '=', year).where('r.month', '<=', month).where('r.status', '<>', 'draft');
      if (organisationId !== undefined) q = q.where('r.organisation_id', '=', organisationId);
      return q.select((eb) => ['r.organisation_id', 'r.month', eb.fn.sum<number | string>('r.month_investment').as('actual')]).groupBy(['r.organisation_id', 'r.month']).execute();
    })(),
  ]);

  interface Acc { id: number; name: string; code: string; count: number; plan: bigint; planned: bigint[]; actual: bigint[]; plannedStarts: number; started: number }
  const acc = new Map<number, Acc>();
  for (const row of planRows) {
    const a = acc.get(row.organisation_id) ?? { id: row.organisation_id, name: row.name, code: row.code, count: 0, plan: 0n, planned: Array<bigint>(month).fill(0n), actual: Array<bigint>(month).fill(0n), plannedStarts: 0, started: 0 };
    const plan = big(row.plan);
    const schedule = scheduleFromShares(row.schedule_json === null ? null : (JSON.parse(row.schedule_json) as ScheduleShares));
    a.count += Number(row.count);
    a.plan += plan;
    for (let m = 1; m <= month; m++) a.planned[m - 1]! += plannedInvestmentBy(plan, m, schedule) - plannedInvestmentBy(plan, m - 1, schedule);
    acc.set(row.organisation_id, a);
  }
  for (const row of startRows) {
    const a = acc.get(row.organisation_id);
    if (a) { a.plannedStarts = Number(row.planned ?? 0); a.started = Number(row.started ?? 0); }
  }
  for (const row of actualRows) {
    const a = acc.get(row.organisation_id);
    if (a && row.month >= 1 && row.month <= month) a.actual[row.month - 1]! += big(row.actual);
  }

  const list = [...acc.values()].sort((x, y) => x.code.localeCompare(y.code));
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

async function countsBy(db: Executor, actor: Actor, year: number, column: 'p.stage' | 'p.year_status', organisationId?: number) {
  let q = db.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .where((eb) => pathInScope(eb, 'o.path', actor)).where('p.plan_year', '=', year);
  if (organisationId !== undefined) q = q.where('p.organisation_id', '=', organisationId);
  const rows = await q.select((eb) => [eb.ref(column).as('key'), eb.fn.countAll<number | string>().as('count')]).groupBy(column).execute();
  return rows.map((r) => ({ key: String(r.key), count: Number(r.count) }));
}

export function createProjectDashboardReadModel({ db }: Deps) {
  return {
    async get(ctx: RequestContext, query: DispatchQuery): Promise<ProjectDashboard> {
      const actor = requireActor(ctx);
      const { year, month } = parsePeriodOrFail(query.period);
      const [byStage, byYearStatus, progress, rules, own] = await Promise.all([
        countsBy(db, actor, year, 'p.stage', query.organisationId),
        countsBy(db, actor, year, 'p.year_status', query.organisationId),
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
