// Anonymous visitors on the public portal beside the staff's work (issue 14): the demo's database
// with the portal's articles and opportunities, visitors from 1,000 addresses asking for the
// portal's pages at a steady rate (200 a second by default) for a minute, while the leader reads the
// overview about eight times a second. The overview's p95 before, during and after the visit (the
// target is read against before and after together), the machine in each phase, the pages' own
// times and what they answered.
// By default the built server runs in a process of its own and both the visitors and the leader
// reach it over HTTP (portal-visitors-http.ts); `--in-process` drives the application with
// app.inject inside this process instead, for comparison (the visitors then share the server's
// event loop and CPU, and the measure blames the server for the load's own work).
//   npm run bench -- portal-visitors --dialect=sqlite|postgres|both [--rate=200] [--seconds=60]
//     [--addresses=1000] [--sockets=64] [--in-process] [--no-build] [--log-level=info]
import { performance } from 'node:perf_hooks';
import type { DialectName } from '@hongtu/server/src/db/connection';
import { DEMO_PASSWORD } from '@hongtu/server/src/db/seed/demo';
import { systemClock } from '@hongtu/server/src/platform/clock';
import { openBenchDatabase } from './database';
import { buildServer } from './deadline-server';
import { runDialectOverHttp } from './portal-visitors-http';
import { PERIOD, phase, runVisit, seedPortalVisitors } from './portal-visitors-setup';
import { parseScenarioFlags, runScenarioCommand, type ScenarioOptions } from './scenario';
import { expectStatus, login, startApp } from './session';

export interface PortalVisitorsOptions extends ScenarioOptions {
  rate: number;
  seconds: number;
  addresses: number;
  sockets: number;
  logLevel: string;
}

/** The in-process mode: the application built in this process and driven with app.inject. */
async function runDialectInProcess(dialect: DialectName, options: PortalVisitorsOptions) {
  const database = await openBenchDatabase(dialect, options.pgUrl);
  try {
    const pages = await seedPortalVisitors(database.handle);
    const app = await startApp(database, systemClock);
    try {
      const leader = await login(app, 'leader', DEMO_PASSWORD);
      const pause = () => new Promise((resolve) => setTimeout(resolve, 125));
      const run = await runVisit(options, pages, {
        staffRead: async () => {
          await pause();
          const t0 = performance.now();
          const r = await app.inject({ method: 'GET', url: `/api/dashboard/overview?period=${PERIOD}`, headers: { cookie: leader } });
          expectStatus(r, 200, 'overview');
          return performance.now() - t0;
        },
        visit: async (url, address) => {
          const t0 = performance.now();
          const r = await app.inject({ method: 'GET', url, remoteAddress: address, headers: { 'accept-language': 'zh-CN' } });
          return { status: r.statusCode, ms: performance.now() - t0, bytes: r.rawPayload.byteLength };
        },
        phase: () => phase(),
      });
      const result = {
        dialect, mode: 'in-process', rate: options.rate, addresses: options.addresses, seconds: options.seconds,
        ...run.summary, loopDelayMs: run.duringPhase.loopDelayMs,
      };
      console.log(`[${dialect}] ${result.visits} visits at ${result.achievedRate}/s (${JSON.stringify(result.statuses)}), page p95 ${result.pageMs.p95} ms; overview p95 ${result.overviewBeforeMs.p95} → ${result.overviewDuringMs.p95} → ${result.overviewAfterMs.p95} ms (${result.p95ChangeVsAlone} % against before and after together); load ${JSON.stringify(run.duringPhase.loadAverage)}`);
      return result;
    } finally {
      await app.close();
    }
  } finally {
    await database.dispose();
  }
}

export async function runPortalVisitorsCommand(argv: string[]): Promise<void> {
  const flags = parseScenarioFlags(argv);
  const inProcess = argv.includes('--in-process');
  const options: PortalVisitorsOptions = {
    ...flags, iterations: Number(flags.value('iterations') ?? '60'),
    rate: Number(flags.value('rate') ?? '200'), seconds: Number(flags.value('seconds') ?? '60'),
    addresses: Number(flags.value('addresses') ?? '1000'), sockets: Number(flags.value('sockets') ?? '64'),
    logLevel: flags.value('log-level') ?? 'info',
  };
  if (!inProcess && !argv.includes('--no-build')) {
    console.log('[portal-visitors] building the server into bench/dist/server …');
    buildServer();
  }
  await runScenarioCommand(inProcess ? 'portal-visitors-in-process' : 'portal-visitors', options, inProcess ? runDialectInProcess : runDialectOverHttp);
}
