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
import { PERIOD, phase, seedPortalVisitors, visitorAddress } from './portal-visitors-setup';
import { parseScenarioFlags, runScenarioCommand, type ScenarioOptions } from './scenario';
import { expectStatus, login, startApp } from './session';
import { summarise } from './stats';

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
      const staffRead = async () => {
        await pause();
        const t0 = performance.now();
        const r = await app.inject({ method: 'GET', url: `/api/dashboard/overview?period=${PERIOD}`, headers: { cookie: leader } });
        expectStatus(r, 200, 'overview');
        return performance.now() - t0;
      };
      for (let i = 0; i < options.warmup; i++) await staffRead();
      // The staff alone before the visitors and again after them: a machine shared with other work
      // drifts within a minute, and a change smaller than the drift between the two says nothing.
      const alone = async () => {
        const machine = phase();
        const samples: number[] = [];
        for (let i = 0; i < options.iterations; i++) samples.push(await staffRead());
        return { samples, ...(await machine.end()) };
      };
      const before = await alone();

      // The visitors: one request every 1000/rate ms, each from an address of its own, not awaited in turn.
      const visits: Promise<void>[] = [];
      const pageMs: number[] = [];
      const statuses = new Map<number, number>();
      let bytesHome = 0;
      let sent = 0;
      const duringMachine = phase();
      const started = performance.now();
      const end = started + options.seconds * 1000;
      const visitor = setInterval(() => {
        // as many as are due by now, so that a late timer does not lower the rate
        const due = Math.floor(((performance.now() - started) * options.rate) / 1000);
        for (; sent < due && performance.now() < end; sent++) {
          const url = pages[sent % pages.length]!;
          const address = visitorAddress(sent, options.addresses);
          const t0 = performance.now();
          visits.push(app.inject({ method: 'GET', url, remoteAddress: address, headers: { 'accept-language': 'zh-CN' } }).then((r) => {
            pageMs.push(performance.now() - t0);
            statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
            if (url === '/portal' && bytesHome === 0) bytesHome = r.rawPayload.byteLength;
          }));
        }
      }, 5);
      const during: number[] = [];
      const duringAt: number[] = [];
      while (performance.now() < end) {
        during.push(await staffRead());
        duringAt.push(Math.round(performance.now() - started) / 1000);
      }
      clearInterval(visitor);
      await Promise.all(visits);
      const duringPhase = await duringMachine.end();
      const seconds = (performance.now() - started) / 1000;
      const after = await alone();
      const aloneMs = summarise([...before.samples, ...after.samples]);
      const change = (p95: number) => Math.round(((summarise(during).p95 - p95) / p95) * 100);
      const result = {
        dialect, mode: 'in-process', rate: options.rate, addresses: options.addresses, seconds: options.seconds, visits: sent, achievedRate: Math.round(sent / seconds),
        statuses: Object.fromEntries(statuses), homeBytes: bytesHome,
        pageMs: summarise(pageMs), overviewBeforeMs: summarise(before.samples), overviewDuringMs: summarise(during), overviewAfterMs: summarise(after.samples),
        overviewAloneMs: aloneMs,
        p95Change: change(summarise(before.samples).p95),
        p95ChangeVsAlone: change(aloneMs.p95),
        loopDelayMs: duringPhase.loopDelayMs,
        // When in the minute the slowest overview reads ended (seconds from the visitors' start).
        overviewDuringSlowest: during.map((ms, i) => ({ atS: duringAt[i]!, ms: Math.round(ms * 10) / 10 })).sort((a, b) => b.ms - a.ms).slice(0, 15),
        phases: { before: { ...before, samples: undefined }, during: duringPhase, after: { ...after, samples: undefined } },
      };
      console.log(`[${dialect}] ${sent} visits at ${result.achievedRate}/s (${JSON.stringify(result.statuses)}), page p95 ${result.pageMs.p95} ms; overview p95 ${result.overviewBeforeMs.p95} → ${result.overviewDuringMs.p95} → ${result.overviewAfterMs.p95} ms (${result.p95ChangeVsAlone} % against before and after together); load ${JSON.stringify(duringPhase.loadAverage)}`);
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
