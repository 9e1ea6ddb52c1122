// Investment attraction at the size: 50,000 leads (with their stage moves) across the
// generated province's districts; the funnel read through the API in-process (app.inject, as the
// other benchmarks do) by a reviewer of the whole province (every lead) and of one city.
//   npx tsx bench/src/investment-bench.ts --dialect=both [--scale=0.2] [--iterations=100]
// Target (issue 11): the funnel for a city p95 ≤ 100 ms.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { LEAD_SOURCES, LEAD_STAGES } from '@hongtu/domain';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { openBulkWriter, type Row, type TableSpec } from './bulk';
import { openBenchDatabase } from './database';
import { BENCH_PASSWORD, generateProvince, insertUser } from './generate';
import { SCALES } from './options';
import { parseScenarioFlags, runScenarioCommand, timed, type ScenarioOptions } from './scenario';
import { expectStatus, login, startApp } from './session';

const LEADS_FULL = 50_000;

type Options = ScenarioOptions;

function parse(argv: string[]): Options {
  return parseScenarioFlags(argv);
}

const LEADS: TableSpec = {
  table: 'investment_leads',
  columns: [
    ['id', 'int4'], ['organisation_id', 'int4'], ['project_name', 'text'], ['name_key', 'text'], ['investor_name', 'text'], ['source', 'text'], ['industry', 'text'],
    ['intended_investment', 'int8'], ['stage', 'text'], ['stage_since', 'text'], ['contact_name', 'text'], ['contact_phone', 'text'], ['owner_name', 'text'],
    ['next_step', 'text'], ['last_activity_on', 'text'], ['created_at', 'text'], ['updated_at', 'text'],
  ],
};
const EVENTS: TableSpec = {
  table: 'investment_lead_events',
  columns: [
    ['lead_id', 'int4'], ['organisation_id', 'int4'], ['kind', 'text'], ['on_date', 'text'], ['from_stage', 'text'], ['to_stage', 'text'], ['days_in_stage', 'int4'], ['at', 'text'],
  ],
};

/** A deterministic pseudo-random sequence (the runs are comparable). */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32);
}

async function generateLeads(database: Awaited<ReturnType<typeof openBenchDatabase>>, units: { id: number }[], count: number, now: string) {
  const rand = prng(20_261_211);
  const writer = await openBulkWriter(database);
  const started = performance.now();
  let events = 0;
  try {
    await writer.transaction(async () => {
      let leads: Row[] = [];
      let moves: Row[] = [];
      for (let id = 1; id <= count; id++) {
        const unit = units[id % units.length]!;
        // Fewer leads at each later stage, as a pipeline narrows.
        const stageIndex = Math.min(LEAD_STAGES.length - 1, Math.floor(-Math.log(1 - rand() * 0.999) / 0.7));
        const amount = BigInt(1 + Math.floor(rand() * 200)) * 1_000_000n;
        leads.push([id, unit.id, `项目${id}`, `项目${id}`, `投资方${id % 4999}`, LEAD_SOURCES[id % LEAD_SOURCES.length]!, '制造业',
          amount, LEAD_STAGES[stageIndex]!, '2025-10-01', '联系人', '13812345678', '招商专班', '', '2025-10-01', now, now]);
        for (let s = 0; s < stageIndex; s++) {
          moves.push([id, unit.id, 'stage', '2025-10-01', LEAD_STAGES[s]!, LEAD_STAGES[s + 1]!, 5 + Math.floor(rand() * 60), now]);
        }
        if (leads.length >= 10_000) {
          events += moves.length;
          await writer.insert(LEADS, leads);
          await writer.insert(EVENTS, moves);
          leads = [];
          moves = [];
        }
      }
      events += moves.length;
      await writer.insert(LEADS, leads);
      await writer.insert(EVENTS, moves);
      if (database.dialect === 'postgres') await writer.exec(`select setval(pg_get_serial_sequence('investment_leads', 'id'), ${count})`);
    });
    if (database.dialect === 'postgres') await writer.exec('analyze');
  } finally {
    await writer.release();
  }
  if (database.dialect === 'sqlite') await sql`pragma optimize`.execute(database.handle.db);
  return { leads: count, stageEvents: events, ms: Math.round(performance.now() - started) };
}


async function runDialect(dialect: DialectName, options: Options) {
  const clock: Clock = { now: () => new Date('2026-01-20T02:00:00.000Z') };
  const now = clock.now().toISOString();
  const database = await openBenchDatabase(dialect, options.pgUrl);
  let app: FastifyInstance | undefined;
  try {
    const province = await generateProvince(database, SCALES.small, clock);
    const generated = await generateLeads(database, province.units, Math.round(LEADS_FULL * options.scale), now);
    console.log(`[${dialect}] generated ${generated.leads} leads and ${generated.stageEvents} stage moves in ${(generated.ms / 1000).toFixed(1)} s`);
    app = await startApp(database, clock);
    const cookieFor = async (name: string, organisationId: number) => {
      await insertUser(database, { username: name, role: 'city_reviewer', organisationId, passwordHash: province.passwordHash, now });
      return login(app!, name, BENCH_PASSWORD, clock.now());
    };
    const get = (cookie: string, url: string) => async () => {
      const response = await app!.inject({ method: 'GET', url, headers: { cookie } });
      expectStatus(response, 200, url);
    };
    const cityId = province.units[0]!.cityId;
    const cityLeads = province.units.filter((u) => u.cityId === cityId).length;
    const provinceFunnel = await timed(options.iterations, options.warmup, get(await cookieFor('bench_funnel_province', province.provinceId), '/api/investment/funnel'));
    const cityFunnel = await timed(options.iterations, options.warmup, get(await cookieFor('bench_funnel_city', cityId), '/api/investment/funnel'));
    return {
      dialect, scale: options.scale, generated, cityUnits: cityLeads, provinceUnits: province.units.length,
      provinceFunnel, cityFunnel,
      targets: { cityFunnelP95: cityFunnel.p95 <= 100, provinceFunnelP95: provinceFunnel.p95 <= 100 },
    };
  } finally {
    await app?.close();
    await database.dispose();
  }
}

export async function runInvestmentCommand(argv: string[]): Promise<void> {
  await runScenarioCommand('investment', parse(argv), runDialect);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  await runInvestmentCommand(process.argv.slice(2));
  process.exit(0);
}
