// Enterprise service at the issue's size: 100,000 enterprises' problems (and the enterprises they
// belong to) across the generated province's districts, sent to one department per city, in every
// state; the overdue list read through the API in-process (app.inject, as the other benchmarks do)
// by a reviewer of one city, of the whole province, and by one district's operator.
//   npx tsx bench/src/enterprise-service-bench.ts --dialect=both [--scale=0.2] [--iterations=100]
// Target (issue 11): the overdue-problem list p95 ≤ 50 ms.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { ENTERPRISE_PROBLEM_CATEGORIES, ENTERPRISE_PROBLEM_ANSWER_DAYS } from '@hongtu/domain';
import { addWorkingDays } from '@hongtu/domain/working-days';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { openBulkWriter, type Row, type TableSpec } from './bulk';
import { openBenchDatabase } from './database';
import { BENCH_PASSWORD, generateProvince, insertUser } from './generate';
import { SCALES } from './options';
import { parseScenarioFlags, runScenarioCommand, timed, type ScenarioOptions } from './scenario';
import { expectStatus, login, startApp } from './session';

const PROBLEMS_FULL = 100_000;
/** Problems per enterprise on average. */
const PER_ENTERPRISE = 5;

type Options = ScenarioOptions;

function parse(argv: string[]): Options {
  return parseScenarioFlags(argv);
}

const ENTERPRISES: TableSpec = {
  table: 'enterprises',
  columns: [['id', 'int4'], ['credit_code', 'text'], ['name', 'text'], ['name_pinyin', 'text'], ['name_initials', 'text'], ['organisation_id', 'int4'], ['created_at', 'text'], ['updated_at', 'text']],
};
const PROBLEMS: TableSpec = {
  table: 'enterprise_problems',
  columns: [
    ['id', 'int4'], ['enterprise_id', 'int4'], ['organisation_id', 'int4'], ['department_id', 'int4'], ['category', 'text'], ['title', 'text'], ['description', 'text'],
    ['status', 'text'], ['raised_via', 'text'], ['raised_on', 'text'], ['acknowledge_due_on', 'text'], ['answer_due_on', 'text'], ['due_on', 'text'],
    ['closed_on', 'text'], ['raised_at', 'text'], ['updated_at', 'text'],
  ],
};

function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

const dayOf = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

async function generateProblems(database: Awaited<ReturnType<typeof openBenchDatabase>>, units: { id: number; cityId: number }[], departmentOf: Map<number, number>, count: number, today: string, now: string) {
  const rand = prng(20_261_202);
  const writer = await openBulkWriter(database);
  const started = performance.now();
  const enterprises = Math.max(1, Math.round(count / PER_ENTERPRISE));
  const maxId = Number((await sql<{ m: number | null }>`select max(id) as m from enterprises`.execute(database.handle.db)).rows[0]?.m ?? 0);
  const base = Date.parse(`${today}T00:00:00Z`) - 400 * 86_400_000;
  // Deadlines are computed once per raised day and category (the calendar walk is the slow part).
  const deadlines = new Map<string, [string, string]>();
  const due = (raised: string, category: (typeof ENTERPRISE_PROBLEM_CATEGORIES)[number]) => {
    const key = `${raised}:${category}`;
    let d = deadlines.get(key);
    if (!d) deadlines.set(key, (d = [addWorkingDays(raised, 1), addWorkingDays(raised, ENTERPRISE_PROBLEM_ANSWER_DAYS[category])]));
    return d;
  };
  const statuses = { closed: 0, answered: 0, acknowledged: 0, submitted: 0 };
  try {
    await writer.transaction(async () => {
      let rows: Row[] = [];
      for (let i = 1; i <= enterprises; i++) {
        const unit = units[i % units.length]!;
        rows.push([maxId + i, `BENCH${String(maxId + i).padStart(13, '0')}`, `基准测试企业${i}有限公司`, `jizhunceshiqiye${i}`, 'jzcsqy', unit.id, now, now]);
        if (rows.length >= 10_000) { await writer.insert(ENTERPRISES, rows); rows = []; }
      }
      await writer.insert(ENTERPRISES, rows);
      rows = [];
      for (let id = 1; id <= count; id++) {
        const e = 1 + Math.floor(rand() * enterprises);
        const unit = units[e % units.length]!;
        const category = ENTERPRISE_PROBLEM_CATEGORIES[id % ENTERPRISE_PROBLEM_CATEGORIES.length]!;
        const raised = dayOf(base, Math.floor(rand() * 400));
        const [ackDue, answerDue] = due(raised, category);
        // Most problems of the past year are closed; the recent ones are still open.
        const r = rand();
        const status = raised < dayOf(base, 330) ? (r < 0.85 ? 'closed' : r < 0.93 ? 'answered' : 'acknowledged') : (r < 0.3 ? 'closed' : r < 0.5 ? 'answered' : r < 0.8 ? 'acknowledged' : 'submitted');
        statuses[status] += 1;
        const dueOn = status === 'submitted' ? ackDue : status === 'acknowledged' ? answerDue : null;
        rows.push([id, maxId + e, unit.id, departmentOf.get(unit.cityId)!, category, `诉求${id}`, '', status, 'district', raised, ackDue, answerDue, dueOn,
          status === 'closed' ? answerDue : null, now, now]);
        if (rows.length >= 10_000) { await writer.insert(PROBLEMS, rows); rows = []; }
      }
      await writer.insert(PROBLEMS, rows);
      if (database.dialect === 'postgres') {
        await writer.exec(`select setval(pg_get_serial_sequence('enterprise_problems', 'id'), ${count})`);
        await writer.exec(`select setval(pg_get_serial_sequence('enterprises', 'id'), ${maxId + enterprises})`);
      }
    });
    if (database.dialect === 'postgres') await writer.exec('analyze');
  } finally {
    await writer.release();
  }
  if (database.dialect === 'sqlite') await sql`pragma optimize`.execute(database.handle.db);
  const overdue = Number((await sql<{ n: number }>`select count(*) as n from enterprise_problems where due_on < ${today}`.execute(database.handle.db)).rows[0]!.n);
  return { problems: count, enterprises, statuses, overdue, ms: Math.round(performance.now() - started) };
}


async function runDialect(dialect: DialectName, options: Options) {
  const clock: Clock = { now: () => new Date('2026-01-20T02:00:00.000Z') };
  const now = clock.now().toISOString();
  const today = '2026-01-20';
  const database = await openBenchDatabase(dialect, options.pgUrl);
  let app: FastifyInstance | undefined;
  try {
    const province = await generateProvince(database, SCALES.small, clock);
    // One department per city (发改委), where every problem of its districts is sent.
    const db = database.handle.db;
    const departmentOf = new Map<number, number>();
    for (const cityId of new Set(province.units.map((u) => u.cityId))) {
      const city = await db.selectFrom('organisations').select(['id', 'path']).where('id', '=', cityId).executeTakeFirstOrThrow();
      const row = await db.insertInto('organisations').values({ code: `BENCH-DEP-${cityId}`, name: `发改委${cityId}`, kind: 'department', parent_id: cityId, path: '', division_code: null, created_at: now, updated_at: now })
        .returning('id').executeTakeFirstOrThrow();
      await db.updateTable('organisations').set({ path: `${city.path}${row.id}/` }).where('id', '=', row.id).execute();
      departmentOf.set(cityId, row.id);
    }
    const generated = await generateProblems(database, province.units, departmentOf, Math.round(PROBLEMS_FULL * options.scale), today, now);
    console.log(`[${dialect}] generated ${generated.problems} problems (${generated.overdue} overdue) of ${generated.enterprises} enterprises in ${(generated.ms / 1000).toFixed(1)} s`);
    app = await startApp(database, clock);
    const cookieFor = async (name: string, role: 'city_reviewer' | 'district_operator', organisationId: number) => {
      await insertUser(database, { username: name, role, organisationId, passwordHash: province.passwordHash, now });
      return login(app!, name, BENCH_PASSWORD, clock.now());
    };
    const get = (cookie: string, url: string) => async () => {
      const response = await app!.inject({ method: 'GET', url, headers: { cookie } });
      expectStatus(response, 200, url);
    };
    const cityId = province.units[0]!.cityId;
    const url = '/api/enterprise-service/problems/overdue?pageSize=20';
    const provinceOverdue = await timed(options.iterations, options.warmup, get(await cookieFor('bench_es_province', 'city_reviewer', province.provinceId), url));
    const cityOverdue = await timed(options.iterations, options.warmup, get(await cookieFor('bench_es_city', 'city_reviewer', cityId), url));
    const districtOverdue = await timed(options.iterations, options.warmup, get(await cookieFor('bench_es_district', 'district_operator', province.units[0]!.id), url));
    const lastPage = await timed(options.iterations, options.warmup, get(await cookieFor('bench_es_city_last', 'city_reviewer', cityId), `${url}&page=50`));
    return {
      dialect, scale: options.scale, generated, provinceUnits: province.units.length,
      provinceOverdue, cityOverdue, districtOverdue, cityOverduePage50: lastPage,
      targets: { cityOverdueP95: cityOverdue.p95 <= 50, provinceOverdueP95: provinceOverdue.p95 <= 50, districtOverdueP95: districtOverdue.p95 <= 50 },
    };
  } finally {
    await app?.close();
    await database.dispose();
  }
}

export async function runEnterpriseServiceCommand(argv: string[]): Promise<void> {
  await runScenarioCommand('enterprise-service', parse(argv), runDialect);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  await runEnterpriseServiceCommand(process.argv.slice(2));
  process.exit(0);
}
