// Reports asked for at once beside the dashboards (issue 13: 20 at once): the demo's database, the
// whole application in-process (its job runner included), the city reviewer and three districts'
// operators each asking for five bulletins of the demo's last published month (five queued jobs is
// what one user may have; the demo has three such users, the bench adds 洪山区's operator), while a
// reader keeps asking for the overview. The twenty take a few seconds, about twenty reads of the
// overview: a p95 of so few is one read, so the round is repeated (--rounds, default 4) and the
// reads while the reports are made are pooled. The overview's p95 before and while, how long each
// round's twenty take, and how busy the event loop was (its delay, the share of the time it worked).
// In-process, so a report drawn on the event loop would show here as the overview's wait.
//   npm run bench -- reports-load --dialect=sqlite|postgres|both [--iterations=60] [--rounds=4]
import { monitorEventLoopDelay, performance, type EventLoopUtilization } from 'node:perf_hooks';
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
      const timedRead = async () => {
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
      const cores = (a: Awaited<ReturnType<typeof sample>>, b: Awaited<ReturnType<typeof sample>>) => {
        const seconds = (b.at - a.at) / 1000;
        const round2 = (x: number) => Math.round(x * 100) / 100;
        return { process: round2((b.process - a.process) / seconds), postgres: a.postgres === null || b.postgres === null ? null : round2((b.postgres - a.postgres) / seconds) };
      };
      const cpuAtStart = await sample();
      // The event loop's utilisation (the share of the time this thread was busy) before and while.
      const busy = (since: EventLoopUtilization) => Math.round(performance.eventLoopUtilization(since).utilization * 1000) / 10;
      const beforeLoop = performance.eventLoopUtilization();
      const beforeSamples: number[] = [];
      for (let i = 0; i < options.iterations; i++) beforeSamples.push(await timedRead());
      const before = summarise(beforeSamples);
      const busyBefore = busy(beforeLoop);
      const cpuAfterBefore = await sample();

      // How long the event loop was held while the reports were made (a report drawn on it would show here).
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const started = performance.now();
      const duringLoop = performance.eventLoopUtilization();
      const during: number[] = [];
      const roundsMs: number[] = [];
      const failed: string[] = [];
      for (let round = 0; round < options.rounds; round++) {
        const roundStarted = performance.now();
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
        roundsMs.push(Math.round(performance.now() - roundStarted));
      }
      const allMs = Math.round(performance.now() - started);
      const cpuAtEnd = await sample();
      const coresUsed = { before: cores(cpuAtStart, cpuAfterBefore), during: cores(cpuAfterBefore, cpuAtEnd) };
      const busyDuring = busy(duringLoop);
      // The server's thread's busy time per report beyond what the overview's reads kept it busy before.
      const busyMsPerReport = Math.round((((busyDuring - busyBefore) / 100) * allMs) / (options.reports * options.rounds));
      // What the archive stored of each report's document model (JSON text before 0292, gzip bytes since).
      const stored = await sql<{ json: number | string | null; gz: number | string | null }>`select max(length(document_json)) as json,
        max(length(document_gz)) as gz from reports`.execute(database.handle.db).then((r) => r.rows[0]!);
      loop.disable();
      const loopDelayMs = { p50: Math.round(loop.percentile(50) / 1e5) / 10, p99: Math.round(loop.percentile(99) / 1e5) / 10, max: Math.round(loop.max / 1e5) / 10 };
      if (failed.length > 0) throw new Error(`reports failed: ${failed.join(', ')}`);
      const result = {
        dialect, reports: options.reports, rounds: options.rounds, period: PERIOD,
        overviewBeforeMs: before, overviewDuringMs: summarise(during), allReportsMs: allMs, roundsMs, loopDelayMs, loopBusyPercent: { before: busyBefore, during: busyDuring },
        busyMsPerReport, coresUsed, largestDocument: { jsonChars: Number(stored.json ?? 0), gzBytes: Number(stored.gz ?? 0) },
        p95Change: Math.round(((summarise(during).p95 - before.p95) / before.p95) * 100),
      };
      console.log(`[${dialect}] overview p95 ${before.p95} ms before, ${result.overviewDuringMs.p95} ms while ${options.reports} reports were made, ${options.rounds} times (${result.p95Change} %, ${result.overviewDuringMs.n} reads); each ${options.reports} in ${roundsMs.join(' / ')} ms; event-loop delay p99 ${loopDelayMs.p99} ms, max ${loopDelayMs.max} ms; loop busy ${busyBefore} % before, ${busyDuring} % while (~${busyMsPerReport} ms a report); cores used before / while: this process ${coresUsed.before.process} / ${coresUsed.during.process}, PostgreSQL ${coresUsed.before.postgres ?? '–'} / ${coresUsed.during.postgres ?? '–'}; largest document stored ${result.largestDocument.jsonChars} JSON characters, ${result.largestDocument.gzBytes} gzip bytes`);
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
  const options = { ...flags, iterations: Number(flags.value('iterations') ?? '60'), reports: 20, rounds: Number(flags.value('rounds') ?? '4') };
  await runScenarioCommand('reports-load', options, runDialect);
}
