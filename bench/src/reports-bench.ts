// Reports at the size (issue 13, "Measured in bench/"): the city's monthly bulletin over 120
// districts × 40 indicators with 10 charts, built from its snapshot and rendered as Word (the charts
// drawn by ECharts and rasterised) and Excel, in-process and without a database (the job's database
// reads are a snapshot row and a month's submissions). The snapshot is the demo's 2022-09 overview
// (its shape and values as the dashboards compute them) widened to 120 units and 40 indicators by
// repeating its districts and indicators under new ids and codes.
//   npx tsx bench/src/reports-bench.ts [--rounds=3] [--in=worker]   (or npm run bench -- reports)
// --in=worker: the reports made as the server makes them, by the render worker (render-pool.ts,
// replaced past its memory bound; --recycle-mb=N another bound), the RSS that of the whole process;
// the worker is the built one `npm run serve` starts (server/build.mjs into bench/dist/server), or
// with --worker=sources the sources through tsx, as `npm start` and the tests run it.
// Target: generated in ≤ 5 s and ≤ 300 MiB RSS.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Overview } from '@hongtu/contracts/dashboards';
import { DEMO_GROUPS } from '@hongtu/server/src/features/reports/builders/demo-overview.test-helpers';
import { MemorySampler, mib } from './memory';
import { machineInfo } from './report';
import { wideOverview } from './reports-snapshot';

const UNITS = 120;
const INDICATORS = 40;
const CHARTS = 10;

/** The city's bulletin of 2022-09, as the job asks for it (its snapshots apart). */
export const BULLETIN = {
  kind: 'monthly-bulletin', periodKey: '2022-09', scope: { organisationId: 1, name: '武汉市', isCity: true },
  groups: DEMO_GROUPS, locale: 'zh-CN', issuer: '武汉市发展和改革委员会', dateLine: '2022年10月20日', provisional: false,
  completionCharts: CHARTS,
} as const;

/** The builder and renderers, loaded by the in-process mode only (the worker mode loads them in the worker, as the server does). */
const renderers = async () => ({
  buildReport: (await import('@hongtu/server/src/features/reports/builders')).buildReport,
  renderReportDocx: (await import('@hongtu/server/src/features/reports/render/report-docx')).renderReportDocx,
  renderReportXlsx: (await import('@hongtu/server/src/features/reports/render/report-xlsx')).renderReportXlsx,
});

async function round(sampler: MemorySampler, snapshot: Overview, n: number, { buildReport, renderReportDocx, renderReportXlsx }: Awaited<ReturnType<typeof renderers>>) {
  const times: Record<string, number> = {};
  // CPU time of the process (every thread) per phase: on a shared machine the wall time waits for other work, the CPU time does not.
  const cpu: Record<string, number> = {};
  const peaks: Record<string, number> = {};
  // Where the memory is at each phase's end: the JavaScript heap, and buffers outside it (files, pictures).
  const heap: Record<string, { heapUsedMiB: number; externalMiB: number; arrayBuffersMiB: number; rssMiB: number }> = {};
  const time = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const started = performance.now();
    const cpuFrom = process.cpuUsage();
    try { return await sampler.phase(`${name} #${n}`, async () => fn()); } finally {
      times[name] = Math.round(performance.now() - started);
      const used = process.cpuUsage(cpuFrom);
      cpu[name] = Math.round((used.user + used.system) / 1000);
      peaks[name] = mib(sampler.phases.at(-1)!.peakRss);
      const m = process.memoryUsage();
      heap[name] = { heapUsedMiB: mib(m.heapUsed), externalMiB: mib(m.external), arrayBuffersMiB: mib(m.arrayBuffers), rssMiB: mib(m.rss) };
    }
  };
  const doc = await time('build', () => buildReport({ ...BULLETIN, snapshot, previous: null }));
  const docx = await time('docx', () => renderReportDocx(doc));
  const xlsx = await time('xlsx', () => renderReportXlsx(doc));
  const total = times.build! + times.docx! + times.xlsx!;
  return {
    round: n, ms: { build: times.build!, docx: times.docx!, xlsx: times.xlsx!, total },
    cpuMs: { build: cpu.build!, docx: cpu.docx!, xlsx: cpu.xlsx!, total: cpu.build! + cpu.docx! + cpu.xlsx! },
    peakRssMiBByPhase: { build: peaks.build!, docx: peaks.docx!, xlsx: peaks.xlsx! }, memoryAtPhaseEnd: heap, charts: doc.blocks.filter((b) => b.kind === 'chart').length, tables: doc.blocks.filter((b) => b.kind === 'table').length,
    sources: doc.sources.length, docxBytes: docx.byteLength, xlsxBytes: xlsx.byteLength,
  };
}

export async function runReportsCommand(argv: string[]): Promise<void> {
  const rounds = Number(argv.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 3);
  const write = !argv.includes('--no-write');
  const recycleMb = argv.find((a) => a.startsWith('--recycle-mb='))?.split('=')[1];
  if (argv.includes('--in=worker')) {
    const { runInWorker } = await import('./reports-bench-worker');
    return runInWorker(rounds, write, wideOverview(UNITS, INDICATORS), BULLETIN, {
      recycleMb: recycleMb === undefined ? undefined : Number(recycleMb), fromSources: argv.includes('--worker=sources'),
    });
  }
  const render = await renderers();
  const sampler = new MemorySampler();
  // The process with its modules loaded (tsx, the server's reports code, ECharts, resvg), before any report.
  const baselineRssMiB = mib(process.memoryUsage.rss());
  console.log(`RSS before the first round: ${baselineRssMiB} MiB (the process and its modules)`);
  const snapshot = wideOverview(UNITS, INDICATORS);
  const results = [];
  for (let n = 1; n <= rounds; n++) {
    const from = sampler.phases.length;
    const r = await round(sampler, snapshot, n, render);
    const peak = Math.max(...sampler.since(from).map((p) => p.peakRss));
    results.push({ ...r, peakRssMiB: mib(peak) });
    console.log(`round ${n}: build ${r.ms.build} ms, Word ${r.ms.docx} ms, Excel ${r.ms.xlsx} ms, total ${r.ms.total} ms (CPU ${r.cpuMs.build} + ${r.cpuMs.docx} + ${r.cpuMs.xlsx} = ${r.cpuMs.total} ms); peak RSS ${mib(peak)} MiB (build ${r.peakRssMiBByPhase.build}, Word ${r.peakRssMiBByPhase.docx}, Excel ${r.peakRssMiBByPhase.xlsx}); ${r.charts} charts, ${r.tables} tables, ${r.sources} sources; docx ${Math.round(r.docxBytes / 1024)} KiB, xlsx ${Math.round(r.xlsxBytes / 1024)} KiB`);
    const at = (phase: 'build' | 'docx' | 'xlsx') => `${phase} heap ${r.memoryAtPhaseEnd[phase]!.heapUsedMiB} / buffers ${r.memoryAtPhaseEnd[phase]!.externalMiB} / RSS ${r.memoryAtPhaseEnd[phase]!.rssMiB}`;
    console.log(`  memory at each phase's end (MiB): ${at('build')}; ${at('docx')}; ${at('xlsx')}`);
  }
  await sampler.stop();
  const report = { kind: 'reports', machine: machineInfo(), baselineRssMiB, scale: { units: UNITS, indicators: INDICATORS, charts: CHARTS }, targets: { totalMs: 5000, peakRssMiB: 300 }, results };
  if (write) {
    const dir = path.resolve(import.meta.dirname, '../results');
    const file = path.join(dir, `${new Date().toISOString().slice(0, 10)}-reports.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) await runReportsCommand(process.argv.slice(2));
