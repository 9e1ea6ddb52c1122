// What both modes of the portal-visitors scenario share: the demo's database with the portal's
// articles and opportunities, the pages the visitors ask for, the machine while a phase runs, and
// the visitors' addresses.
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { DatabaseHandle } from '@hongtu/server/src/db/connection';
import { prepareDatabase } from '@hongtu/server/src/db/prepare';
import { seedDemo } from '@hongtu/server/src/db/seed/demo';
import { seedIndicatorDemo } from '@hongtu/server/src/db/seed/indicator-demo/load';
import { seedPortalArticlesDemo } from '@hongtu/server/src/db/seed/portal-demo/articles';
import { seedPortalOpportunitiesDemo } from '@hongtu/server/src/db/seed/portal-opportunities-demo/load';
import { seedProjectsDemo } from '@hongtu/server/src/db/seed/projects-demo/load';
import { seedReportsDemo } from '@hongtu/server/src/db/seed/reports-demo/load';
import { systemClock } from '@hongtu/server/src/platform/clock';
import { summarise } from './stats';

/** The month the leader's overview reads. */
export const PERIOD = '2026-10';

export const loadavg = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

/** Seeds the demo with the portal's content and answers the pages the visitors ask for, in turn. */
export async function seedPortalVisitors(handle: DatabaseHandle): Promise<string[]> {
  await prepareDatabase(handle, systemClock);
  await seedDemo(handle, systemClock);
  await seedIndicatorDemo(handle, systemClock);
  await seedProjectsDemo(handle, systemClock);
  await seedPortalArticlesDemo(handle, systemClock);
  await seedPortalOpportunitiesDemo(handle, systemClock);
  await seedReportsDemo(handle, systemClock);
  const slugs = (await handle.db.selectFrom('portal_articles').select('slug').where('status', '=', 'published').limit(8).execute()).map((r) => r.slug);
  return [
    '/portal', '/portal/articles', '/portal/policies', '/portal/opportunities', '/portal/bulletins', '/portal/en', '/portal/zh-tw/articles',
    ...slugs.map((s) => `/portal/articles/${encodeURIComponent(s)}`),
  ];
}

/**
 * The address of the n-th visit among `addresses` distinct ones (10.x.y.z): the visits go round
 * them, so each address asks about rate × seconds / addresses times in the minute.
 */
export function visitorAddress(n: number, addresses: number): string {
  const i = n % addresses;
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

/**
 * The machine while a phase runs: the load average at both ends, this process's CPU share, the event
 * loop's delays, and the CPU share of other processes `others` reads (CPU seconds so far, by name).
 */
export function phase(others: () => Promise<Record<string, number | null>> = async () => ({})) {
  const loadAtStart = loadavg();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const othersAtStart = others();
  return {
    async end() {
      loop.disable();
      const used = process.cpuUsage(cpu);
      const wallMs = performance.now() - t0;
      const [a, b] = [await othersAtStart, await others()];
      const otherCpu = Object.fromEntries(Object.keys(b).map((k) => {
        const [from, to] = [a[k], b[k]];
        return [k, from == null || to == null ? null : Math.round(((to - from) * 1000 / wallMs) * 100)];
      }));
      return {
        loadAverage: { start: loadAtStart, end: loadavg() },
        cpuPercent: Math.round(((used.user + used.system) / 1000 / wallMs) * 100),
        ...(Object.keys(otherCpu).length > 0 ? { otherCpuPercent: otherCpu } : {}),
        loopDelayMs: { p99: Math.round(loop.percentile(99) / 1e5) / 10, max: Math.round(loop.max / 1e5) / 10 },
      };
    },
  };
}

/** One visitor's page as a mode sends it: its status, time to the last byte, and bytes received. */
export interface Visit { status: number; ms: number; bytes: number }

/** How a mode reaches the server: the leader's overview (its time in ms), a visitor's page, the machine in a phase. */
export interface VisitDriver {
  staffRead(): Promise<number>;
  visit(url: string, address: string): Promise<Visit>;
  phase(): ReturnType<typeof phase>;
}

/**
 * The minute both modes run: the leader alone before, the visitors (one request every 1000/rate ms,
 * going round the addresses, not awaited in turn) with the leader reading beside them, and the leader
 * alone after. A machine shared with other work drifts within a minute, and a change smaller than
 * the drift between before and after says nothing.
 */
export async function runVisit(
  options: { iterations: number; warmup: number; rate: number; seconds: number; addresses: number },
  pages: readonly string[], driver: VisitDriver,
) {
  for (let i = 0; i < options.warmup; i++) await driver.staffRead();
  const alone = async () => {
    const machine = driver.phase();
    const from = Date.now();
    const samples: number[] = [];
    for (let i = 0; i < options.iterations; i++) samples.push(await driver.staffRead());
    return { samples, window: [from, Date.now()] as const, ...(await machine.end()) };
  };
  const before = await alone();

  const visits: Promise<void>[] = [];
  const pageMs: number[] = [];
  const statuses = new Map<number, number>();
  let bytesHome = 0;
  let sent = 0;
  const duringMachine = driver.phase();
  const duringFrom = Date.now();
  const monotonicFrom = process.hrtime.bigint() / 1000n;
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const visitor = setInterval(() => {
    // as many as are due by now, so that a late timer does not lower the rate
    const due = Math.floor(((performance.now() - started) * options.rate) / 1000);
    for (; sent < due && performance.now() < end; sent++) {
      const url = pages[sent % pages.length]!;
      visits.push(driver.visit(url, visitorAddress(sent, options.addresses)).then((v) => {
        pageMs.push(v.ms);
        statuses.set(v.status, (statuses.get(v.status) ?? 0) + 1);
        if (url === '/portal' && bytesHome === 0) bytesHome = v.bytes;
      }));
    }
  }, 5);
  const during: number[] = [];
  const duringAt: number[] = [];
  while (performance.now() < end) {
    during.push(await driver.staffRead());
    duringAt.push(Math.round(performance.now() - started) / 1000);
  }
  clearInterval(visitor);
  await Promise.all(visits);
  const duringPhase = await duringMachine.end();
  const duringWindow = [duringFrom, Date.now()] as const;
  const monotonicTo = process.hrtime.bigint() / 1000n;
  const seconds = (performance.now() - started) / 1000;
  const after = await alone();
  const aloneMs = summarise([...before.samples, ...after.samples]);
  const change = (p95: number) => Math.round(((summarise(during).p95 - p95) / p95) * 100);
  return {
    windows: { before: before.window, during: duringWindow, after: after.window },
    // The visit on the monotonic clock (µs) a server's CPU profile is stamped with (portal-visitors-profile.ts).
    visitMonotonicUs: [Number(monotonicFrom), Number(monotonicTo)],
    duringPhase,
    summary: {
      visits: sent, achievedRate: Math.round(sent / seconds), statuses: Object.fromEntries(statuses), homeBytes: bytesHome,
      pageMs: summarise(pageMs), overviewBeforeMs: summarise(before.samples), overviewDuringMs: summarise(during), overviewAfterMs: summarise(after.samples),
      overviewAloneMs: aloneMs,
      p95Change: change(summarise(before.samples).p95),
      p95ChangeVsAlone: change(aloneMs.p95),
      // When in the minute the slowest overview reads ended (seconds from the visitors' start).
      overviewDuringSlowest: during.map((ms, i) => ({ atS: duringAt[i]!, ms: Math.round(ms * 10) / 10 })).sort((a, b) => b.ms - a.ms).slice(0, 15),
      phases: { before: { ...before, samples: undefined, window: undefined }, during: duringPhase, after: { ...after, samples: undefined, window: undefined } },
    },
  };
}
