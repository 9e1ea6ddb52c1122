// The deadline under load (issue 7, item 13), run by hand:
//   npm run bench -- deadline --dialect=sqlite|postgres|both [--minutes=10] [--operators=600]
// For each dialect: a province of 120 districts in a database of its own with November open and
// its deadline tonight, 600 district operators (5 per district, each responsible for 8 of the
// month's 40 indicators) and a reviewer per city; the real server started as a separate process
// on 127.0.0.1; every operator signed in and its figures drafted before the window; then the
// window (reads, saves, submits by the mix, a think time per person, each submitted month returned
// by the city a few seconds later); then the server is stopped and every acknowledged write is
// looked for in the database and the audit chain is verified. See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { endOfShanghaiDay } from '@hongtu/domain';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { sql } from 'kysely';
import { postgresReachable } from './database';
import { SNAPSHOT_ENV, git } from './deadline-head';
import { countErrors, httpClient, runScenario, type HttpClient } from './deadline-load';
import { REQUEST_CLASSES, deadlineGoals, deadlineMonth, latency, prng } from './deadline-mix';
import { parseDeadlineOptions, type DeadlineOptions } from './deadline-options';
import { deadlineMarkdown, type DeadlineResult } from './deadline-report';
import {
  buildServer,
  cpuSecondsOf,
  createDeadlineDatabase,
  postgresCpuSeconds,
  samplePostgresWaits,
  serverErrors,
  serverTimings,
  startServer,
  type DeadlineDatabase,
} from './deadline-server';
import { log, populate, signInAndDraft } from './deadline-setup';
import { verifyDeadline, type Verification } from './deadline-verify';
import { SCALES, type Scale } from './options';
import { machineInfo } from './report';

export { parseDeadlineOptions, type DeadlineOptions } from './deadline-options';
export { deadlineMarkdown, type DeadlineResult } from './deadline-report';

const loadavg = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

async function runOne(dialect: DialectName, options: DeadlineOptions): Promise<DeadlineResult> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const before = loadavg();
  const clock: Clock = { now: () => new Date() };
  const due = deadlineMonth(clock.now());
  const scale: Scale = {
    ...SCALES.full, name: 'deadline', years: 2, lastYear: due.year, lastMonth: due.month - 1,
    overviewPeriod: `${due.year}-${String(due.month).padStart(2, '0')}`,
  };
  const periodKey = scale.overviewPeriod;
  const deadline = endOfShanghaiDay(due.deadlineDate);
  const rand = prng(options.seed * 7919 + (dialect === 'sqlite' ? 1 : 2));

  const database: DeadlineDatabase = await createDeadlineDatabase(dialect, options.pgUrl);
  log(dialect, `database ${database.location}`);
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let client: HttpClient | undefined;
  const logFile = path.join(os.tmpdir(), `hongtu-deadline-${dialect}-${process.pid}.log`);
  let succeeded = false;
  try {
    const people = await populate(dialect, options, database, clock, { scale, due, deadline, periodKey });
    const { operators, reviewers, figuresInDatabase, generateMs } = people;

    // ---- The server, as a separate process.
    const t1 = performance.now();
    server = await startServer(database, { source: options.source, logLevel: options.logLevel, logFile });
    if (options.nice !== null) {
      os.setPriority(server.child.pid!, options.nice);
      os.setPriority(options.nice);
    }
    const serverStartMs = Math.round(performance.now() - t1);
    log(dialect, `server on ${server.origin} (${options.source ? 'sources through tsx' : 'built'}), started in ${serverStartMs} ms; log ${logFile}`);
    client = httpClient(server.origin, { maxSockets: options.maxSockets, timeoutMs: options.timeoutSeconds * 1000 });
    const http = client;

    const { operatorCookies, reviewerCookies, loginMs, indicatorsDue, prefill, current, prefillMs } = await signInAndDraft(dialect, options, http, people, periodKey);
    // The drafts stand for the days before the deadline, by which autovacuum has analysed the month's
    // new rows: do it now, or the window's first half-minute runs on plans made for a month without rows.
    if (dialect === 'postgres') {
      const analyser = database.open();
      try {
        await sql`analyze`.execute(analyser.handle.db);
      } finally {
        await analyser.dispose();
      }
    }

    // ---- The window.
    const windowStart = loadavg();
    const pgCpu = () => (dialect === 'postgres' ? postgresCpuSeconds(options.pgUrl, database.location) : Promise.resolve(null));
    const cpuAtStart = { server: cpuSecondsOf(server.child.pid!), load: process.cpuUsage(), postgres: await pgCpu(), wall: Date.now() };
    const windowMs = Math.round(options.minutes * 60_000);
    log(dialect, `window of ${(windowMs / 60_000).toFixed(2)} min starts; load average ${windowStart.join(' / ')}`);
    const progress = setInterval(() => log(dialect, `… load average ${loadavg().join(' / ')}`), 60_000);
    const waits = dialect === 'postgres' ? samplePostgresWaits(options.pgUrl, database.location) : null;
    // Two gauges of where waiting happens: /healthz twice a second on a connection of its own (no
    // database, outside the operators' pool: the server's own backlog), and the load's event loop.
    const probeClient = httpClient(server.origin, { maxSockets: 1, timeoutMs: options.timeoutSeconds * 1000 });
    const probeSamples: number[] = [];
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const answer = await probeClient.request('GET', '/healthz', { address: '127.78.1.1' });
        probeSamples.push(answer.status === 200 ? answer.ms : options.timeoutSeconds * 1000);
        await new Promise((r) => setTimeout(r, 500));
      }
    })();
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const load = await runScenario(
      http,
      operators.map((spec, i) => ({ spec, cookie: operatorCookies[i]!, submission: current[i] as never })),
      new Map(reviewers.map((spec, i) => [spec.cityId, { spec, cookie: reviewerCookies[i]! }])),
      {
        periodKey, windowMs, rand,
        thinkMs: [options.thinkSeconds[0] * 1000, options.thinkSeconds[1] * 1000],
        returnAfterMs: [options.returnAfterSeconds[0] * 1000, options.returnAfterSeconds[1] * 1000],
      },
    );
    clearInterval(progress);
    probing = false;
    await probe;
    probeClient.close();
    loopDelay.disable();
    const gauges = {
      healthz: latency(probeSamples),
      loadEventLoopDelay: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    };
    const postgresWaits = waits ? await waits.stop() : null;
    const windowEnd = loadavg();
    const wallEnd = Date.now();
    const loadCpu = process.cpuUsage(cpuAtStart.load);
    const serverCpuEnd = cpuSecondsOf(server.child.pid!);
    const pgCpuEnd = await pgCpu();
    const share = (used: number | null) => (used === null ? null : Math.round((used / ((wallEnd - cpuAtStart.wall) / 1000)) * 100));
    const cpu = {
      serverPercent: share(serverCpuEnd !== null && cpuAtStart.server !== null ? serverCpuEnd - cpuAtStart.server : null),
      postgresPercent: share(pgCpuEnd !== null && cpuAtStart.postgres !== null ? pgCpuEnd - cpuAtStart.postgres : null),
      loadPercent: share((loadCpu.user + loadCpu.system) / 1e6),
    };
    log(dialect, `window over: ${load.records.length} requests; load average ${windowEnd.join(' / ')}`);

    // ---- Stop the server (gracefully), then look for every acknowledged write.
    client.close();
    client = undefined;
    const exit = await server.stop();
    server = undefined;
    if (exit !== 0) log(dialect, `server exited with ${exit}`);
    const logged = serverErrors(logFile);
    const serverSide = Object.fromEntries(Object.entries(serverTimings(logFile, cpuAtStart.wall, wallEnd + 1)).map(([cls, samples]) => [cls, latency(samples)]));
    const check = database.open();
    let verification: Verification;
    try {
      verification = await verifyDeadline(check.handle.db, {
        periodYear: due.year, periodMonth: due.month, saves: [...prefill, ...load.saves], transitions: load.transitions, unknown: load.unknown,
      });
    } finally {
      await check.dispose();
    }
    log(dialect, `verified ${verification.figureValuesChecked} figure values, ${verification.transitionsChecked} submits/returns, `
      + `${verification.auditRows} audit rows: ${verification.ok ? 'all present, chain intact' : `PROBLEMS ${JSON.stringify(verification.examples.slice(0, 3))}`}`);

    // ---- The numbers.
    const seconds = windowMs / 1000;
    const byClass: DeadlineResult['requests']['byClass'] = {};
    for (const cls of REQUEST_CLASSES) {
      const samples = load.records.filter((r) => r.cls === cls).map((r) => r.ms);
      if (samples.length > 0) byClass[cls] = { ...latency(samples), perSecond: Math.round((samples.length / seconds) * 100) / 100 };
    }
    const { errors, byStatus } = countErrors(load.records);
    const intended409 = load.records.filter((r) => r.status === 409 && (r.code === 'STALE_VERSION' || r.code === 'SUBMISSION_STATE')).length;
    // Every 10 seconds (by the answer's arrival): requests, saves' tail, errors.
    const timeline: DeadlineResult['timeline'] = [];
    for (let b = 0; b * 10_000 < windowMs + 30_000; b++) {
      const inBucket = load.records.filter((r) => r.at >= b * 10_000 && r.at < (b + 1) * 10_000);
      if (inBucket.length === 0) continue;
      const saves = latency(inBucket.filter((r) => r.cls === 'save').map((r) => r.ms));
      const all = latency(inBucket.map((r) => r.ms));
      timeline.push({
        second: b * 10, requests: inBucket.length, perSecond: inBucket.length / 10,
        p50: all.p50, saveP95: saves.p95, saveP99: saves.p99, errors: countErrors(inBucket).errors,
      });
    }
    const saveLatency = byClass.save ?? latency([]);
    const result: DeadlineResult = {
      kind: 'deadline',
      dialect,
      commit: process.env[SNAPSHOT_ENV] ?? `${git(['rev-parse', 'HEAD'])}+tree`,
      date: startedAt.slice(0, 10),
      startedAt,
      machine: { ...machineInfo(), loadAverageAtStart: before },
      options: {
        minutes: options.minutes, operators: options.operators, perDistrict: options.perDistrict, thinkSeconds: options.thinkSeconds,
        returnAfterSeconds: options.returnAfterSeconds, maxSockets: options.maxSockets, timeoutSeconds: options.timeoutSeconds,
        code: options.code, source: options.source, build: options.build, logLevel: options.logLevel, seed: options.seed, nice: options.nice, keep: options.keep,
      },
      scenario: {
        period: periodKey, deadline, districts: new Set(operators.map((o) => o.organisationId)).size, operators: operators.length,
        reviewers: reviewers.length, indicatorsPerDistrict: scale.indicators, indicatorsDue, figuresInDatabase, windowSeconds: seconds,
      },
      setup: { generateMs, serverStartMs, loginMs, prefillMs },
      loadAverage: { before, windowStart, windowEnd },
      cpu,
      serverSide,
      postgresWaits,
      gauges,
      requests: { total: load.records.length, perSecond: Math.round((load.records.length / seconds) * 10) / 10, byClass },
      actions: { ...load.actions, deferredSave: load.deferred.save, deferredSubmit: load.deferred.submit },
      outcomes: {
        savesAcknowledged: load.saves.length,
        submitsAcknowledged: load.transitions.filter((t) => t.action === 'submit').length,
        returnsAcknowledged: load.transitions.filter((t) => t.action === 'return').length,
        intended409,
        unanswered: load.unknown.length,
      },
      errors: {
        count: errors, rate: load.records.length ? errors / load.records.length : 0, byStatus, examples: load.errorExamples,
        serverLoggedErrors: logged.count, serverErrorExamples: logged.first,
      },
      timeline,
      verification,
      goals: deadlineGoals({ save: saveLatency, requests: load.records.length, errors, verified: verification.ok }),
      durationMs: 0,
    };
    result.durationMs = Math.round(performance.now() - started);
    succeeded = true;
    return result;
  } finally {
    client?.close();
    if (server) await server.stop();
    if (options.keep) log(dialect, `kept ${database.location}`);
    else await database.destroy();
    if (!options.keep && succeeded) fs.rmSync(logFile, { force: true });
    else log(dialect, `server log kept: ${logFile}`);
  }
}

export async function runDeadline(argv: string[]): Promise<void> {
  const options = parseDeadlineOptions(argv);
  const runnable: DialectName[] = [];
  for (const dialect of options.dialects) {
    if (dialect === 'postgres') {
      const problem = await postgresReachable(options.pgUrl);
      if (problem) {
        console.log(`[deadline postgres] skipped: PostgreSQL not reachable (${problem})`);
        continue;
      }
    }
    runnable.push(dialect);
  }
  if (runnable.length > 0 && options.build && !options.source) {
    console.log('[deadline] building the server into bench/dist/server …');
    buildServer();
  }
  const results: DeadlineResult[] = [];
  const full = options.minutes >= 10 && options.operators >= 600;
  for (const dialect of runnable) {
    const result = await runOne(dialect, options);
    results.push(result);
    if (options.write) {
      fs.mkdirSync(options.outDir, { recursive: true });
      const file = path.join(options.outDir, `${result.date}-deadline-${full ? '' : 'quick-'}${dialect}.json`);
      fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
    }
  }
  if (results.length > 0) console.log(`\n${deadlineMarkdown(results)}\n`);
}
