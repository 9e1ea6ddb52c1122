// The projects' stored district totals (docs/DOMAIN.md "Major projects" → "Dashboards"): per
// district and year, project_district_years (its projects of that plan year) and
// project_district_months (the plans' share, starts and filed reports month by month), as the
// domain's districtYearTotals defines them. Every write of projects or reports refreshes the
// district-years it touches in its own transaction, before its audit row (the audit appends last
// and takes its lock last: the order of the locks is the same in every transaction);
// rebuildProjectTotals recomputes them all (migration 0170, the demo seed, the benchmark's bulk load).
import { districtYearTotals, storageInt, type DistrictMonthReports, type DistrictYearProject, type DistrictYearTotals, type ScheduleShares } from '@hongtu/domain';
import { sql, type Kysely } from 'kysely';
import { dialectOf, sumAmount } from '../../db/columns';
import type { Executor } from '../../db/database';

export interface DistrictYear { organisationId: number; year: number }

const keyOf = (k: DistrictYear) => `${k.organisationId}:${k.year}`;

function toProject(r: { annual_plan: unknown; schedule_json: string | null; planned_start: string | null; actual_start: string | null; stage: string; year_status: string }): DistrictYearProject {
  return {
    annualPlan: storageInt(String(r.annual_plan)), schedule: r.schedule_json === null ? null : (JSON.parse(r.schedule_json) as ScheduleShares),
    plannedStart: r.planned_start, actualStart: r.actual_start, stage: r.stage, yearStatus: r.year_status,
  };
}

function toReports(r: { month: number; filed_count: unknown; filed_investment: unknown; filed_ytd: unknown; in_statistics_count: unknown; in_statistics_ytd: unknown }): DistrictMonthReports {
  return {
    month: Number(r.month), filedCount: Number(r.filed_count), filedInvestment: storageInt(String(r.filed_investment ?? 0)), filedYtd: storageInt(String(r.filed_ytd ?? 0)),
    inStatisticsCount: Number(r.in_statistics_count ?? 0), inStatisticsYtd: storageInt(String(r.in_statistics_ytd ?? 0)),
  };
}

function projectColumns(db: Executor) {
  return db.selectFrom('projects').select(['organisation_id', 'plan_year', 'annual_plan', 'schedule_json', 'planned_start', 'actual_start', 'stage', 'year_status']);
}

function filedReports(db: Executor) {
  return db.selectFrom('project_reports').where('status', '<>', 'draft')
    .select((eb) => ['organisation_id', 'year', 'month', eb.fn.countAll<number | string>().as('filed_count'),
      sumAmount('month_investment').as('filed_investment'), sumAmount('ytd_investment').as('filed_ytd'),
      eb.fn.sum<number | string>('in_statistics').as('in_statistics_count'),
      sql<string | null>`cast(sum(case when in_statistics = 1 then ytd_investment else 0 end) as text)`.as('in_statistics_ytd')])
    .groupBy(['organisation_id', 'year', 'month']);
}

async function write(db: Executor, key: DistrictYear, totals: DistrictYearTotals | null): Promise<void> {
  await db.deleteFrom('project_district_months').where('organisation_id', '=', key.organisationId).where('year', '=', key.year).execute();
  await db.deleteFrom('project_district_years').where('organisation_id', '=', key.organisationId).where('year', '=', key.year).execute();
  if (totals === null) return;
  await db.insertInto('project_district_years').values({
    organisation_id: key.organisationId, year: key.year, project_count: totals.projectCount, annual_plan: totals.annualPlan,
    by_stage_json: sortedJson(totals.byStage), by_year_status_json: sortedJson(totals.byYearStatus),
  }).execute();
  await db.insertInto('project_district_months').values(totals.months.map((m) => ({
    organisation_id: key.organisationId, year: key.year, month: m.month, planned_investment: m.plannedInvestment, planned_starts: m.plannedStarts, starts_reached: m.startsReached,
    filed_count: m.filedCount, filed_investment: m.filedInvestment, filed_ytd: m.filedYtd, in_statistics_count: m.inStatisticsCount, in_statistics_ytd: m.inStatisticsYtd,
  }))).execute();
}

/** Counts by key as JSON with the keys in order (the same rows whatever order the projects were read in). */
const sortedJson = (counts: Record<string, number>) => JSON.stringify(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));

const isEmpty = (projects: readonly unknown[], reports: readonly unknown[]) => projects.length === 0 && reports.length === 0;

/**
 * Recomputes the district-years named from the stored projects and reports, inside the caller's
 * transaction. On PostgreSQL each district-year is locked first (an advisory lock on the pair,
 * taken in one order), so two writers of the same district-year recompute one after the other,
 * the second seeing the first's committed rows.
 */
export async function refreshDistrictYears(trx: Executor, keys: readonly DistrictYear[]): Promise<void> {
  const unique = [...new Map(keys.map((k) => [keyOf(k), k])).values()]
    .sort((a, b) => a.organisationId - b.organisationId || a.year - b.year);
  if (unique.length === 0) return;
  if ((await dialectOf(trx as unknown as Kysely<unknown>)) === 'postgres') {
    for (const k of unique) await sql`select pg_advisory_xact_lock(${k.organisationId}::int, ${k.year}::int)`.execute(trx);
  }
  for (const k of unique) {
    const projects = (await projectColumns(trx).where('organisation_id', '=', k.organisationId).where('plan_year', '=', k.year).execute()).map(toProject);
    const reports = (await filedReports(trx).where('organisation_id', '=', k.organisationId).where('year', '=', k.year).execute()).map(toReports);
    await write(trx, k, isEmpty(projects, reports) ? null : districtYearTotals(k.year, projects, reports));
  }
}

/**
 * After a write of one report (saved while filed, submitted, returned, approved): only its month's
 * filed sums can have changed, so only that month's row is recomputed (from the month's reports by
 * their district-month index), under the same lock as a district-year's refresh; a district-year
 * not stored yet is refreshed whole.
 */
export async function refreshDistrictMonth(trx: Executor, key: DistrictYear, month: number): Promise<void> {
  if ((await dialectOf(trx as unknown as Kysely<unknown>)) === 'postgres') {
    await sql`select pg_advisory_xact_lock(${key.organisationId}::int, ${key.year}::int)`.execute(trx);
  }
  const stored = await trx.selectFrom('project_district_months').select('month').where('organisation_id', '=', key.organisationId).where('year', '=', key.year).where('month', '=', month).executeTakeFirst();
  if (!stored) return refreshDistrictYears(trx, [key]);
  const row = await filedReports(trx).where('organisation_id', '=', key.organisationId).where('year', '=', key.year).where('month', '=', month).executeTakeFirst();
  const sums = row ? toReports(row) : { month, filedCount: 0, filedInvestment: 0n, filedYtd: 0n, inStatisticsCount: 0, inStatisticsYtd: 0n };
  await trx.updateTable('project_district_months').set({
    filed_count: sums.filedCount, filed_investment: sums.filedInvestment, filed_ytd: sums.filedYtd, in_statistics_count: sums.inStatisticsCount, in_statistics_ytd: sums.inStatisticsYtd,
  }).where('organisation_id', '=', key.organisationId).where('year', '=', key.year).where('month', '=', month).execute();
}

/** The district-years a project's totals count it in: its plan year's, and each year it has reports in (with `withReports`). */
export async function districtYearsOfProject(trx: Executor, projectId: number, withReports: boolean): Promise<DistrictYear[]> {
  const project = await trx.selectFrom('projects').select(['organisation_id', 'plan_year']).where('id', '=', projectId).executeTakeFirst();
  if (!project) return [];
  const keys: DistrictYear[] = [{ organisationId: project.organisation_id, year: project.plan_year }];
  if (withReports) {
    const years = await trx.selectFrom('project_reports').select('year').distinct().where('project_id', '=', projectId).execute();
    for (const y of years) keys.push({ organisationId: project.organisation_id, year: y.year });
  }
  return keys;
}

/** Recomputes every district-year from scratch (all rows replaced), in one pass over the projects and one grouped read of the reports. */
export async function rebuildProjectTotals(db: Executor): Promise<{ districtYears: number }> {
  const projects = new Map<string, DistrictYearProject[]>();
  const reports = new Map<string, DistrictMonthReports[]>();
  const keys = new Map<string, DistrictYear>();
  for (const r of await projectColumns(db).execute()) {
    const k = { organisationId: r.organisation_id, year: r.plan_year };
    keys.set(keyOf(k), k);
    const list = projects.get(keyOf(k)) ?? [];
    list.push(toProject(r));
    projects.set(keyOf(k), list);
  }
  for (const r of await filedReports(db).execute()) {
    const k = { organisationId: r.organisation_id, year: r.year };
    keys.set(keyOf(k), k);
    const list = reports.get(keyOf(k)) ?? [];
    list.push(toReports(r));
    reports.set(keyOf(k), list);
  }
  await db.deleteFrom('project_district_months').execute();
  await db.deleteFrom('project_district_years').execute();
  for (const [key, k] of keys) await write(db, k, districtYearTotals(k.year, projects.get(key) ?? [], reports.get(key) ?? []));
  return { districtYears: keys.size };
}
