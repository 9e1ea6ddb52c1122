import { nameKeyOf } from './projects.codec';
import type { TestApp } from '../../test/test-app';
import type { ProjectReportsTable, ProjectsTable } from './projects.table';
import type { Insertable } from 'kysely';
import { sql } from 'kysely';
import { expect } from 'vitest';
import { rebuildProjectTotals, refreshDistrictYears } from './project-totals';

/**
 * Test support for projects: records written directly (the API is what the tests exercise), with
 * the district totals refreshed as a write of the feature refreshes them.
 */

let counter = 0;
/** A code no other fixture uses. */
export const fixtureCode = (prefix = 'T') => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** 万元 as stored (× 10^6). */
export const wan = (n: number) => BigInt(Math.round(n * 1_000_000));

/**
 * A continuing city-level advanced-manufacturing project of the organisation (by code), plan year
 * 2026 (the test clock's year): 12 亿元 total, 3 亿元 this year, started 2025-03-18.
 */
export async function insertProject(t: TestApp, organisationCode: string, change: Partial<Insertable<ProjectsTable>> = {}): Promise<number> {
  const name = change.name ?? `测试项目${counter++}`;
  const row = await t.database.db.insertInto('projects').values({
    organisation_id: await t.orgId(organisationCode), code: fixtureCode(), name, name_key: nameKeyOf(name), level: 'city',
    category: 'advanced_manufacturing', industry: '汽车制造', owner_name: '测试业主', owner_credit_code: null,
    total_investment: wan(120_000), annual_plan: wan(30_000), plan_year: 2026, schedule_json: null, year_status: 'continuing',
    stage: 'under_construction', planned_signing: '2024-05-01', planned_land: null, planned_planning: null, planned_eia: null,
    planned_construction_permit: null, planned_start: '2025-03-01', planned_completion: '2027-12-31', planned_production: null,
    actual_signing: '2024-05-10', actual_land: null, actual_planning: null, actual_eia: null, actual_construction_permit: null,
    actual_start: '2025-03-18', actual_completion: null, actual_production: null, contact_leader: '', responsible_department: '',
    task_force: '', address: '', longitude: null, latitude: null, tags_json: '[]', source: 'entered', source_ref: null, source_quote: null,
    created_by: null, created_at: '2026-01-01T00:00:00.000Z', updated_by: null, updated_at: '2026-01-01T00:00:00.000Z',
    ...change,
  }).returning(['id', 'organisation_id', 'plan_year']).executeTakeFirstOrThrow();
  await refreshDistrictYears(t.database.db, [{ organisationId: row.organisation_id, year: row.plan_year }]);
  return row.id;
}

/** A report of the project (January 2026 by default: 500 万元 this month and year to date), in the given status, version 1. */
export async function insertReport(t: TestApp, projectId: number, status: ProjectReportsTable['status'], change: Partial<Insertable<ProjectReportsTable>> = {}): Promise<void> {
  const project = await t.database.db.selectFrom('projects').select('organisation_id').where('id', '=', projectId).executeTakeFirstOrThrow();
  await t.database.db.insertInto('project_reports').values({
    project_id: projectId, organisation_id: project.organisation_id, year: 2026, month: 1, month_investment: wan(500), ytd_investment: wan(500),
    progress_text: '主体结构施工', problems: '', next_steps: '', in_statistics: 1, status, reason: null, submitted_at: null, approved_at: null,
    updated_by: null, updated_at: '2026-02-01T00:00:00.000Z', ...change,
  }).returning(['organisation_id', 'year']).executeTakeFirstOrThrow().then((r) => refreshDistrictYears(t.database.db, [{ organisationId: r.organisation_id, year: r.year }]));
}

/** A project as the form sends it: 武昌区's by default, valid in every rule. */
export function projectBody(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `测试项目${counter++}`, level: 'city', category: 'advanced_manufacturing', industry: '汽车制造', ownerName: '测试业主',
    ownerCreditCode: '91110000710925462X', totalInvestment: '120,000', annualPlan: '30000', planYear: 2026, schedule: null,
    yearStatus: 'continuing', stage: 'under_construction',
    planned: { signing: '2024-05-01', start: '2025-03-01', completion: '2027-12-31' },
    actual: { signing: '2024-05-10', start: '2025-03-18' },
    contactLeader: '分管副区长', responsibleDepartment: '区发改局', taskForce: '项目专班', address: '武昌区中南路', longitude: 114.33, latitude: 30.54,
    tags: ['headquarters'],
    ...change,
  };
}

/** A multipart body with one file, as a browser sends an upload. */
export function multipart(file: Buffer, fileName = 'projects.xlsx') {
  const boundary = `----hongtu${Date.now().toString(16)}${(counter++).toString(16)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, file, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const n = (v: unknown) => String(v ?? 0);

/** What is stored, as comparable text rows. */
async function storedTotals(t: TestApp) {
const { db } = t.database;
  const years = await db.selectFrom('project_district_years').selectAll().orderBy('organisation_id').orderBy('year').execute();
  const months = await db.selectFrom('project_district_months').selectAll().orderBy('organisation_id').orderBy('year').orderBy('month').execute();
  return {
    years: years.map((y) => [y.organisation_id, y.year, Number(y.project_count), n(y.annual_plan), y.by_stage_json, y.by_year_status_json].join('|')),
    months: months.map((m) => [m.organisation_id, m.year, m.month, n(m.planned_investment), m.planned_starts, m.starts_reached, m.filed_count, n(m.filed_investment), n(m.filed_ytd), m.in_statistics_count, n(m.in_statistics_ytd)].join('|')),
  };
}

/** The stored district totals against plain SQL over the projects and reports, and against a rebuild from scratch. */
export async function expectTotalsRecomputed(t: TestApp): Promise<void> {
  const { db } = t.database;
  const before = await storedTotals(t);
  const plans = await db.selectFrom('projects').select((eb) => ['organisation_id', 'plan_year', eb.fn.countAll<number | string>().as('count'), sql<string>`cast(sum(annual_plan) as text)`.as('plan')])
    .groupBy(['organisation_id', 'plan_year']).orderBy('organisation_id').orderBy('plan_year').execute();
  expect(before.years.map((y) => y.split('|').slice(0, 4).join('|')).filter((y) => y.split('|')[2] !== '0'))
    .toEqual(plans.map((p) => [p.organisation_id, p.plan_year, Number(p.count), n(p.plan)].join('|')));
  const filed = await db.selectFrom('project_reports').where('status', '<>', 'draft')
    .select((eb) => ['organisation_id', 'year', 'month', eb.fn.countAll<number | string>().as('count'), sql<string>`cast(sum(month_investment) as text)`.as('amount'), sql<string>`cast(sum(ytd_investment) as text)`.as('ytd')])
    .groupBy(['organisation_id', 'year', 'month']).orderBy('organisation_id').orderBy('year').orderBy('month').execute();
  const storedFiled = before.months.map((m) => m.split('|')).filter((m) => m[6] !== '0').map((m) => [m[0], m[1], m[2], m[6], m[7], m[8]].join('|'));
  expect(storedFiled).toEqual(filed.map((f) => [f.organisation_id, f.year, f.month, Number(f.count), n(f.amount), n(f.ytd)].join('|')));
  await rebuildProjectTotals(db);
  expect(await storedTotals(t)).toEqual(before);
}
