// `npm run bench -- projects …`: major projects at the size (issue 10, "Measured in bench/"):
// 60,000 projects × 60 monthly reports on SQLite and PostgreSQL, 10,000 problems with deadlines.
// Measured through the API in-process (app.inject, as the province benchmark does): a filtered,
// sorted, paged project list; the district-month plan-vs-actual aggregate against its raw SQL; the
// overdue problems; a district's monthly report import of its 500 projects (projects-import.ts).
// The districts' stored totals the dashboard reads are rebuilt after the bulk load (timed).
// `--scale=0.1` generates a tenth of the projects (the problems and the import district stay).
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { rebuildProjectTotals, refreshDistrictMonth, refreshDistrictYears } from '@hongtu/server/src/features/projects/projects.public';
import { openBulkWriter, resyncIdentities, type Row, type TableSpec } from './bulk';
import { openBenchDatabase, type BenchDatabase } from './database';
import { BENCH_PASSWORD, generateProvince, insertUser, type GeneratedProvince } from './generate';
import { SCALES } from './options';
import { importDistrictRows, measureReportImport } from './projects-import';
import { parseScenarioFlags, runScenarioCommand, timed, type ScenarioOptions } from './scenario';
import { expectStatus, login, startApp } from './session';

const PROJECTS_FULL = 60_000;
const MONTHS = 60;
const PROBLEMS = 10_000;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const PERIOD = '2025-09';

interface Options extends ScenarioOptions { aggregateIterations: number; importRounds: number }

function parse(argv: string[]): Options {
  const flags = parseScenarioFlags(argv);
  return { ...flags, aggregateIterations: Number(flags.value('aggregate-iterations') ?? '20'), importRounds: Number(flags.value('import-rounds') ?? '5') };
}

const PROJECTS: TableSpec = {
  table: 'projects',
  columns: [
    ['id', 'int4'], ['organisation_id', 'int4'], ['code', 'text'], ['name', 'text'], ['name_key', 'text'], ['level', 'text'], ['category', 'text'],
    ['industry', 'text'], ['owner_name', 'text'], ['total_investment', 'int8'], ['annual_plan', 'int8'], ['plan_year', 'int4'], ['year_status', 'text'],
    ['stage', 'text'], ['planned_start', 'text'], ['actual_start', 'text'], ['contact_leader', 'text'], ['responsible_department', 'text'],
    ['task_force', 'text'], ['address', 'text'], ['tags_json', 'text'], ['source', 'text'], ['created_at', 'text'], ['updated_at', 'text'],
  ],
};
const REPORTS: TableSpec = {
  table: 'project_reports',
  columns: [
    ['project_id', 'int4'], ['organisation_id', 'int4'], ['year', 'int4'], ['month', 'int4'], ['month_investment', 'int8'], ['ytd_investment', 'int8'],
    ['progress_text', 'text'], ['problems', 'text'], ['next_steps', 'text'], ['in_statistics', 'int4'], ['status', 'text'], ['updated_at', 'text'],
  ],
};
const PROBLEM_ROWS: TableSpec = {
  table: 'project_problems',
  columns: [
    ['project_id', 'int4'], ['organisation_id', 'int4'], ['department_id', 'int4'], ['category', 'text'], ['title', 'text'], ['description', 'text'],
    ['status', 'text'], ['deadline_days', 'int4'], ['raised_on', 'text'], ['due_on', 'text'], ['raised_at', 'text'], ['updated_at', 'text'],
  ],
};

const STAGES = ['started', 'under_construction', 'under_construction', 'completed', 'in_production'] as const;
const CATEGORIES = ['science_innovation', 'social_livelihood', 'emerging_industry', 'advanced_manufacturing', 'infrastructure', 'headquarters', 'commerce_logistics'] as const;
const M = 1_000_000n;

/** A deterministic pseudo-random sequence (the runs are comparable). */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

async function generateProjects(database: BenchDatabase, province: GeneratedProvince, count: number, now: string) {
  const rand = prng(20_261_202);
  const { db } = database.handle;
  // The department the problems are sent to, under the province.
  const department = await db.insertInto('organisations').values({
    code: 'BENCH-DEPT', name: '市发改委', kind: 'department', parent_id: province.provinceId, path: '', division_code: null, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  await db.updateTable('organisations').set({ path: `${province.provincePath}${department.id}/` }).where('id', '=', department.id).execute();
  // The district whose 500 projects' month is imported, beside the generated ones.
  const city = await db.selectFrom('organisations').select(['id', 'path']).where('id', '=', province.units[0]!.cityId).executeTakeFirstOrThrow();
  const importDistrict = await db.insertInto('organisations').values({
    code: 'BENCH-IMPORT', name: '导入区', kind: 'district', parent_id: city.id, path: '', division_code: null, created_at: now, updated_at: now,
  }).returning(['id', 'code']).executeTakeFirstOrThrow();
  await db.updateTable('organisations').set({ path: `${city.path}${importDistrict.id}/` }).where('id', '=', importDistrict.id).execute();
  const writer = await openBulkWriter(database);
  const units = province.units;
  const started = performance.now();
  try {
    await writer.transaction(async () => {
      let projects: Row[] = [];
      let reports: Row[] = [];
      for (let id = 1; id <= count; id++) {
        const unit = units[id % units.length]!;
        const total = BigInt(10_000 + Math.floor(rand() * 990_000)) * M; // 1 亿 – 100 亿元 in 万元
        const plan = total / 5n;
        const stage = STAGES[id % STAGES.length]!;
        projects.push([id, unit.id, `${unit.code}-${id}`, `项目${id}`, `项目${id}`, id % 3 === 0 ? 'city' : 'district', CATEGORIES[id % CATEGORIES.length]!,
          '制造业', `业主${id % 997}`, total, plan, 2025, 'continuing', stage, '2020-03-01', '2020-03-15', id % 50 === 0 ? '市领导' : '', '', '', '', '[]', 'synthetic', now, now]);
        let ytd = 0n;
        for (let k = 0; k < MONTHS; k++) {
          const year = YEARS[Math.floor(k / 12)]!;
          const month = (k % 12) + 1;
          if (month === 1) ytd = 0n;
          const amount = (plan / 12n / M) * M;
          ytd += amount;
          reports.push([id, unit.id, year, month, amount, ytd, '主体施工', '', '', 1, 'approved', now]);
        }
        if (reports.length >= 60_000) {
          await writer.insert(PROJECTS, projects);
          await writer.insert(REPORTS, reports);
          projects = [];
          reports = [];
        }
      }
      await writer.insert(PROJECTS, projects);
      await writer.insert(REPORTS, reports);
      const imported = importDistrictRows(count + 1, importDistrict.id, importDistrict.code, now, PROJECTS);
      await writer.insert(PROJECTS, imported.projects);
      await writer.insert(REPORTS, imported.reports);
      await resyncIdentities(writer, database, ['projects']);
    });
  } finally {
    await writer.release();
  }
  const departmentId = department.id;
  const problems: Row[] = [];
  for (let i = 0; i < PROBLEMS; i++) {
    const projectId = 1 + ((i * 7) % count);
    const unit = units[projectId % units.length]!;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const due = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const status = i % 3 === 0 ? 'closed' : 'assigned';
    problems.push([projectId, unit.id, departmentId, 'land', `问题${i}`, '', status, 10, '2025-01-02', i % 5 === 0 ? '2026-03-01' : due, now, now]);
  }
  const writer2 = await openBulkWriter(database);
  try {
    await writer2.transaction(() => writer2.insert(PROBLEM_ROWS, problems));
    if (database.dialect === 'postgres') await writer2.exec('analyze');
  } finally {
    await writer2.release();
  }
  if (database.dialect === 'sqlite') await sql`pragma optimize`.execute(database.handle.db);
  const loaded = performance.now();
  // The districts' stored totals, from what the bulk load wrote (the writes of the API keep them after this).
  const rebuilt = await database.handle.db.transaction().execute((trx) => rebuildProjectTotals(trx));
  if (database.dialect === 'postgres') await sql`analyze project_district_years; analyze project_district_months`.execute(database.handle.db);
  return {
    projects: count, reports: count * MONTHS, problems: PROBLEMS, importDistrict: importDistrict.id, ms: Math.round(loaded - started),
    totalsRebuild: { districtYears: rebuilt.districtYears, ms: Math.round(performance.now() - loaded) },
  };
}

/** The raw SQL of the district-month aggregate as stored: each district's months up to September with its plan. */
function rawStoredAggregate(database: BenchDatabase) {
  return sql`select y.organisation_id, y.project_count, y.annual_plan, m.month, m.planned_investment, m.filed_investment, m.planned_starts, m.starts_reached
    from project_district_years y join project_district_months m on m.organisation_id = y.organisation_id and m.year = y.year
    where y.year = 2025 and m.month <= 9 and y.project_count > 0`.execute(database.handle.db);
}

/** The raw SQL of the district-month aggregate recomputed from the reports: each district's actual to the month. */
function rawAggregate(database: BenchDatabase) {
  return sql`select r.organisation_id, sum(r.ytd_investment) as actual, count(*) as n
    from project_reports r join projects p on p.id = r.project_id
    where r.year = 2025 and r.month = 9 and r.status = 'approved' and p.plan_year = 2025
    group by r.organisation_id`.execute(database.handle.db);
}


/** The overdue list's two statements as the server sends them (the city's scope as ids), explained: the plan each database chose. */
async function explainOverdue(database: BenchDatabase, today: string): Promise<string[]> {
  const { db } = database.handle;
  const ids = (await db.selectFrom('organisations').select('id').execute()).map((r) => r.id).join(', ');
  const where = `(x.organisation_id in (${ids}, -1) or x.department_id in (${ids}, -1)) and x.status = 'assigned' and x.due_on < '${today}'`;
  const statements = [
    `select count(*) from project_problems as x where ${where}`,
    `select x.*, p.code, d.name, g.name from project_problems as x join projects as p on p.id = x.project_id join organisations as d on d.id = x.organisation_id join organisations as g on g.id = x.department_id where ${where} order by x.raised_on, x.id limit 50`,
  ];
  const out: string[] = [];
  for (const statement of statements) {
    const explain = database.dialect === 'postgres' ? `explain (analyze, costs off, timing off) ${statement}` : `explain query plan ${statement}`;
    const rows = (await sql.raw(explain).execute(db)).rows as Record<string, unknown>[];
    out.push(rows.map((r) => String(r['QUERY PLAN'] ?? r.detail ?? JSON.stringify(r))).join('\n'));
  }
  return out;
}

async function runDialect(dialect: DialectName, options: Options) {
  const clock: Clock = { now: () => new Date('2026-01-20T02:00:00.000Z') };
  const now = clock.now().toISOString();
  const database = await openBenchDatabase(dialect, options.pgUrl);
  let app: FastifyInstance | undefined;
  try {
    const province = await generateProvince(database, SCALES.small, clock);
    const generated = await generateProjects(database, province, Math.round(PROJECTS_FULL * options.scale), now);
    console.log(`[${dialect}] generated ${generated.projects} projects, ${generated.reports} reports, ${generated.problems} problems in ${(generated.ms / 1000).toFixed(1)} s`);
    app = await startApp(database, clock);
    // One account per measurement: the rate limit allows 600 requests a minute per account.
    const cookieFor = async (name: string) => {
      await insertUser(database, { username: name, role: 'city_reviewer', organisationId: province.provinceId, passwordHash: province.passwordHash, now });
      return login(app!, name, BENCH_PASSWORD, clock.now());
    };
    const get = (cookie: string, url: string) => async () => {
      const response = await app!.inject({ method: 'GET', url, headers: { cookie } });
      expectStatus(response, 200, url);
    };
    const district = province.units[3]!;
    const listUrl = (page: number) => `/api/projects?organisationId=${district.id}&stage=under_construction&sort=totalInvestment&order=desc&page=${page}&pageSize=20`;
    const listCookie = await cookieFor('bench_projects_list');
    let page = 0;
    const list = await timed(options.iterations, options.warmup, () => get(listCookie, listUrl(1 + (page++ % 20)))());
    const aggCookie = await cookieFor('bench_projects_agg');
    // The dashboard reads every project of the year: fewer rounds (--aggregate-iterations).
    const aggregate = await timed(options.aggregateIterations, 2, get(aggCookie, `/api/project-dispatch/dashboard?period=${PERIOD}`));
    const raw = await timed(options.aggregateIterations, 2, () => rawStoredAggregate(database));
    const rawRecompute = await timed(options.aggregateIterations, 2, () => rawAggregate(database));
    const overdueCookie = await cookieFor('bench_projects_overdue');
    const overdue = await timed(options.iterations, options.warmup, get(overdueCookie, '/api/project-problems?overdue=true&pageSize=50'));
    const overduePlan = await explainOverdue(database, '2026-01-20');
    // What each write of a report or project adds: the refresh of its district-year (here one of the largest, 2025).
    const refresh = await timed(options.aggregateIterations, 2, () => database.handle.db.transaction().execute((trx) => refreshDistrictYears(trx, [{ organisationId: district.id, year: 2025 }])));
    // A report's write refreshes only its month.
    const refreshMonth = await timed(options.aggregateIterations, 2, () => database.handle.db.transaction().execute((trx) => refreshDistrictMonth(trx, { organisationId: district.id, year: 2025 }, 9)));
    await insertUser(database, { username: 'bench_projects_import', role: 'district_operator', organisationId: generated.importDistrict, passwordHash: province.passwordHash, now });
    const importCookie = await login(app, 'bench_projects_import', BENCH_PASSWORD, clock.now());
    const reportImport = await measureReportImport(app, database, importCookie, generated.importDistrict, options.importRounds);
    return {
      dialect, scale: options.scale, generated,
      list, aggregate, raw, rawRecompute, aggregateRatioP95: Math.round((aggregate.p95 / raw.p95) * 100) / 100,
      aggregateVsRecomputeP95: Math.round((aggregate.p95 / rawRecompute.p95) * 100) / 100, overdue, overduePlan, refresh, refreshMonth, reportImport,
      targets: {
        listP95: list.p95 <= 100, aggregateP95: aggregate.p95 <= 50, aggregateVsRaw: aggregate.p95 <= 2 * raw.p95, aggregateVsRecompute: aggregate.p95 <= 2 * rawRecompute.p95,
        overdueP95: overdue.p95 <= 50, importTotalMax: reportImport.total.max <= 1000, importWarmMax: (reportImport.warm?.max ?? Infinity) <= 1000,
      },
    };
  } finally {
    await app?.close();
    await database.dispose();
  }
}

export async function runProjectsCommand(argv: string[]): Promise<void> {
  await runScenarioCommand('projects', parse(argv), runDialect);
}
