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
