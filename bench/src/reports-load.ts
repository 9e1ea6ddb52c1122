// Reports asked for at once beside the dashboards (issue 13: 20 at once): the demo's database, the
// whole application in-process (its job runner included), the city reviewer and three districts'
// operators each asking for five bulletins of the demo's last published month (five queued jobs is
// what one user may have; the demo has three such users, the bench adds 洪山区's operator), while a
// reader keeps asking for the overview. The twenty take a few seconds, about twenty reads of the
// overview: a p95 of so few is one read, so the round is repeated (--rounds, default 8) and the
// reads are pooled, each round's loaded window after a quiet one of as many reads (the first of
// --iterations / rounds, default 20). The overview's p95 quiet and loaded, how long each
// round's twenty take, and how busy the event loop was (its delay, the share of the time it worked).
// In-process, so a report drawn on the event loop would show here as the overview's wait. What a read
// may wait for is apportioned by probes between reads: the server's thread (a setImmediate's wait) and
// the database (a trivial query through the application's pool).
//   npm run bench -- reports-load --dialect=sqlite|postgres|both [--iterations=160] [--rounds=8]
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type { DialectName } from '@hongtu/server/src/db/connection';
import { prepareDatabase } from '@hongtu/server/src/db/prepare';
import { DEMO_PASSWORD, seedDemo } from '@hongtu/server/src/db/seed/demo';
import { DEMO_TOTP_SECRET } from '@hongtu/server/src/db/seed/demo-second-factor';
import { seedIndicatorDemo } from '@hongtu/server/src/db/seed/indicator-demo/load';
import { seedReportsDemo } from '@hongtu/server/src/db/seed/reports-demo/load';
import { systemClock } from '@hongtu/server/src/platform/clock';
import { openBenchDatabase } from './database';
import { parseScenarioFlags, runScenarioCommand, type ScenarioOptions } from './scenario';
import { expectStatus, login, startApp } from './session';
import { summarise } from './stats';
import { insertUser } from './generate';
import { postgresCpuCounter } from './portal-visitors-http';

/** The demo's last published month (reports-demo publishes 2026-09 and 2026-10). */
const PERIOD = '2026-10';

async function runDialect(dialect: DialectName, options: ScenarioOptions & { reports: number; rounds: number }) {
  const database = await openBenchDatabase(dialect, options.pgUrl);
  try {
    await prepareDatabase(database.handle, systemClock);
    await seedDemo(database.handle, systemClock);
    await seedIndicatorDemo(database.handle, systemClock);
    await seedReportsDemo(database.handle, systemClock);
    // A fourth user who may generate: 洪山区's operator, with the demo's password.
    const wuchang = await database.handle.db.selectFrom('users').select('password_hash').where('username', '=', 'wuchang').executeTakeFirstOrThrow();
    const hongshan = await database.handle.db.selectFrom('organisations').select('id').where('code', '=', '420111').executeTakeFirstOrThrow();
    await insertUser(database, { username: 'hongshan', role: 'district_operator', organisationId: hongshan.id, passwordHash: wuchang.password_hash, now: new Date().toISOString() });
    const app = await startApp(database, systemClock);
    try {
      const reviewer = await login(app, 'reviewer', DEMO_PASSWORD, new Date(), DEMO_TOTP_SECRET);
      const askers = [reviewer, await login(app, 'wuchang', DEMO_PASSWORD), await login(app, 'jiangan', DEMO_PASSWORD), await login(app, 'hongshan', DEMO_PASSWORD)];
      // The overview's reader is the leader, at most 8 reads a second (an account may make 600 requests a minute).
      const leader = await login(app, 'leader', DEMO_PASSWORD);
      const pause = () => new Promise((resolve) => setTimeout(resolve, 125));
      const overview = async () => {
        const r = await app.inject({ method: 'GET', url: `/api/dashboard/overview?period=${PERIOD}`, headers: { cookie: leader } });
        expectStatus(r, 200, 'overview');
      };
      // What a read may wait for, apportioned: the server's thread (how long a setImmediate waits) and the
      // database (a trivial query's round trip through the application's pool), each probed apart from the reads.
      const probes = { before: { thread: [] as number[], database: [] as number[] }, during: { thread: [] as number[], database: [] as number[] } };
      let probing: keyof typeof probes = 'before';
      const probe = async () => {
        const t0 = performance.now();
        await new Promise((resolve) => setImmediate(resolve));
        probes[probing].thread.push(performance.now() - t0);
        const t1 = performance.now();
        await sql`select 1`.execute(database.handle.db);
        probes[probing].database.push(performance.now() - t1);
      };
      let reads = 0;
      const timedRead = async () => {
        // every other read is preceded by the probes, half a pause before it
        if (reads++ % 2 === 1) {
          await new Promise((resolve) => setTimeout(resolve, 60));
          await probe();
        }
        await pause();
        const t0 = performance.now();
        await overview();
        return performance.now() - t0;
      };
      for (let i = 0; i < options.warmup; i++) await timedRead();
      // The cores used, before and while: this process (its thread, the render worker, V8's helpers) and,
      // on PostgreSQL, the database's backends — on two cores, what the reports leave the overview.
      const processCpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
      const pgCpu = dialect === 'postgres' ? postgresCpuCounter(options.pgUrl, new URL(options.pgUrl).pathname.slice(1)) : async () => null;
      const sample = async () => ({ at: performance.now(), process: processCpu(), postgres: await pgCpu() });
      // Quiet and loaded windows alternate, round by round: each round reads the overview with no report
      // being made (as many reads as the last loaded window had, 20 at first), then asks for the twenty
      // and reads while they are made. The machine's drift (other work on its shared cores, caches)
      // falls on both sides alike, where a single "before" taken first would carry it on one side only.
      const busy = { before: { active: 0, idle: 0 }, during: { active: 0, idle: 0 } };
      const cpu = { before: { ms: 0, process: 0, postgres: 0 as number | null }, during: { ms: 0, process: 0, postgres: 0 as number | null } };
      const window = async <T>(side: 'before' | 'during', work: () => Promise<T>): Promise<T> => {
        const startCpu = await sample();
        const startLoop = performance.eventLoopUtilization();
        const result = await work();
        const loopUse = performance.eventLoopUtilization(startLoop);
        const endCpu = await sample();
        busy[side].active += loopUse.active;
        busy[side].idle += loopUse.idle;
        cpu[side].ms += endCpu.at - startCpu.at;
        cpu[side].process += endCpu.process - startCpu.process;
        cpu[side].postgres = startCpu.postgres === null || endCpu.postgres === null || cpu[side].postgres === null ? null : cpu[side].postgres + (endCpu.postgres - startCpu.postgres);
        return result;
      };
      const beforeSamples: number[] = [];
      // How long the event loop was held while the reports were made (a report drawn on it would show here):
      // a monitor per loaded window (one paused between windows would count the pause); the worst window's.
      const loopWindows: { p50: number; p99: number; max: number }[] = [];
      const during: number[] = [];
      const roundsMs: number[] = [];
      const failed: string[] = [];
      let allMs = 0;
      let quietReads = options.iterations > 0 ? Math.max(1, Math.round(options.iterations / options.rounds)) : 20;
      for (let round = 0; round < options.rounds; round++) {
        probing = 'before';
        await window('before', async () => { for (let i = 0; i < quietReads; i++) beforeSamples.push(await timedRead()); });
        const monitor = monitorEventLoopDelay({ resolution: 10 });
        monitor.enable();
        const readsBefore = during.length;
        const roundStarted = performance.now();
        probing = 'during';
        await window('during', async () => {
          const ids: number[] = [];
          const jobOwner = new Map<number, string>();
          for (let i = 0; i < options.reports; i++) {
            // each asks for a bulletin of his own unit: the city's for the reviewer, his district's for an operator
            const cookie = askers[i % askers.length]!;
            const r = await app.inject({ method: 'POST', url: '/api/reports', headers: { cookie }, payload: { kind: 'monthly-bulletin', period: PERIOD } });
            expectStatus(r, 202, `report ${i + 1}`);
            const id = (r.json() as { id: number }).id;
            ids.push(id);
            jobOwner.set(id, cookie);
          }
          // The overview read again and again while the jobs run; each job's end noted when seen.
          const pending = new Set(ids);
          let polled = 0;
          while (pending.size > 0) {
            during.push(await timedRead());
            // each owner reads his jobs about once a second
            if (performance.now() - polled < 1000) continue;
            polled = performance.now();
            for (const id of [...pending]) {
              const r = await app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: { cookie: jobOwner.get(id)! } });
              const job = r.json() as { status: string; error: { code: string } | null };
              if (job.status === 'succeeded') pending.delete(id);
              else if (job.status === 'failed' || job.status === 'cancelled') { pending.delete(id); failed.push(`${id}: ${job.error?.code ?? job.status}`); }
            }
          }
        });
        monitor.disable();
        loopWindows.push({ p50: monitor.percentile(50), p99: monitor.percentile(99), max: monitor.max });
        const roundMs = performance.now() - roundStarted;
        roundsMs.push(Math.round(roundMs));
        allMs += roundMs;
        quietReads = during.length - readsBefore;
      }
      allMs = Math.round(allMs);
      const before = summarise(beforeSamples);
      const percent = (b: { active: number; idle: number }) => Math.round((b.active / (b.active + b.idle || 1)) * 1000) / 10;
      const busyBefore = percent(busy.before);
      const busyDuring = percent(busy.during);
      const round2 = (x: number) => Math.round(x * 100) / 100;
      const coresOf = (c: (typeof cpu)['before']) => ({ process: round2(c.process / (c.ms / 1000)), postgres: c.postgres === null || dialect !== 'postgres' ? null : round2(c.postgres / (c.ms / 1000)) });
      const coresUsed = { before: coresOf(cpu.before), during: coresOf(cpu.during) };
      // The server's thread's busy time per report beyond what the overview's reads kept it busy before.
      const busyMsPerReport = Math.round((((busyDuring - busyBefore) / 100) * allMs) / (options.reports * options.rounds));
      // What the archive stored of each report's document model (JSON text before 0292, gzip bytes since).
      const stored = await sql<{ json: number | string | null; gz: number | string | null }>`select max(length(document_json)) as json,
        max(length(document_gz)) as gz from reports`.execute(database.handle.db).then((r) => r.rows[0]!);
      const worst = (key: 'p50' | 'p99' | 'max') => Math.round(Math.max(...loopWindows.map((w) => w[key])) / 1e5) / 10;
      const loopDelayMs = { p50: worst('p50'), p99: worst('p99'), max: worst('max') };
      if (failed.length > 0) throw new Error(`reports failed: ${failed.join(', ')}`);
      const result = {
        dialect, reports: options.reports, rounds: options.rounds, period: PERIOD,
        overviewBeforeMs: before, overviewDuringMs: summarise(during), allReportsMs: allMs, roundsMs, loopDelayMs, loopBusyPercent: { before: busyBefore, during: busyDuring },
        busyMsPerReport, coresUsed,
        waits: Object.fromEntries((['before', 'during'] as const).map((side) => [side, { threadMs: summarise(probes[side].thread), trivialQueryMs: summarise(probes[side].database) }])), largestDocument: { jsonChars: Number(stored.json ?? 0), gzBytes: Number(stored.gz ?? 0) },
        p95Change: Math.round(((summarise(during).p95 - before.p95) / before.p95) * 100),
      };
      console.log(`[${dialect}] overview p95 ${before.p95} ms before, ${result.overviewDuringMs.p95} ms while ${options.reports} reports were made, ${options.rounds} times (${result.p95Change} %, ${result.overviewDuringMs.n} reads); each ${options.reports} in ${roundsMs.join(' / ')} ms; event-loop delay p99 ${loopDelayMs.p99} ms, max ${loopDelayMs.max} ms; loop busy ${busyBefore} % before, ${busyDuring} % while (~${busyMsPerReport} ms a report); cores used before / while: this process ${coresUsed.before.process} / ${coresUsed.during.process}, PostgreSQL ${coresUsed.before.postgres ?? '–'} / ${coresUsed.during.postgres ?? '–'}; p95 wait for the thread ${result.waits.before!.threadMs.p95} / ${result.waits.during!.threadMs.p95} ms, for a trivial query ${result.waits.before!.trivialQueryMs.p95} / ${result.waits.during!.trivialQueryMs.p95} ms; largest document stored ${result.largestDocument.jsonChars} JSON characters, ${result.largestDocument.gzBytes} gzip bytes`);
      return result;
    } finally {
      await app.close();
    }
  } finally {
    await database.dispose();
  }
}

export async function runReportsLoadCommand(argv: string[]): Promise<void> {
  const flags = parseScenarioFlags(argv);
  const options = { ...flags, iterations: Number(flags.value('iterations') ?? '160'), reports: 20, rounds: Number(flags.value('rounds') ?? '8') };
  await runScenarioCommand('reports-load', options, runDialect);
}
