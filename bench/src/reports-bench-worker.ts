// The reports benchmark's --in=worker mode: the city's bulletin made `rounds` times one after another
// by the server's render worker (render-pool.ts: built, drawn as Word and Excel, serialised and
// hashed in a worker thread, replaced past its memory bound), the RSS that of the whole process
// (this thread and the worker); the sources' approvals are answered as none. The worker is the
// server's build (server/build.mjs, as `npm run serve` starts it) unless fromSources: through tsx,
// whose loader adds ~90 MiB to the worker (an idle worker: 65 MiB built, 152 MiB from the sources).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Overview } from '@hongtu/contracts/dashboards';
import type { BuildReportInput } from '@hongtu/server/src/features/reports/builders/types';
import { RENDER_WORKER_RECYCLE_MB, RenderWorker } from '@hongtu/server/src/features/reports/render/render-pool';
import { MemorySampler, mib } from './memory';
import { machineInfo } from './report';

/** Occurrences of `needle` in the bytes, counted without making the 14 M-character text a string (this thread's garbage would be in the figures). */
function occurrences(bytes: Buffer, needle: string): number {
  let n = 0;
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** The server built as `npm run serve` builds it, into bench/dist/server: the built render worker's address. */
function builtRenderWorker(): URL {
  const outdir = path.resolve(import.meta.dirname, '../dist/server');
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../server/build.mjs'), '--outdir', outdir], { stdio: 'ignore' });
  return pathToFileURL(path.join(outdir, 'render-worker.mjs'));
}

export async function runInWorker(
  rounds: number, write: boolean, snapshot: Overview, input: Omit<BuildReportInput, 'snapshot' | 'previous'>,
  options: { recycleMb?: number; fromSources?: boolean } = {},
): Promise<void> {
  const recycleMb = options.recycleMb ?? RENDER_WORKER_RECYCLE_MB;
  const entry = options.fromSources ? undefined : builtRenderWorker();
  const sampler = new MemorySampler();
  const pool = new RenderWorker({ recycleMb, entry });
  const baselineRssMiB = mib(process.memoryUsage.rss());
  console.log(`RSS before the first round: ${baselineRssMiB} MiB (this thread and its modules; the worker starts with the first report)`);
  const snapshotJson = JSON.stringify(snapshot);
  const results = [];
  for (let n = 1; n <= rounds; n++) {
    const startedBefore = pool.started;
    const from = performance.now();
    const cpuFrom = process.cpuUsage();
    const made = await sampler.phase(`report #${n}`, () => pool.make(input, { snapshotJson, previousJson: null }, undefined, {
      approvals: async () => new Map(),
      phase: () => {},
    }));
    const ms = Math.round(performance.now() - from);
    const cpu = process.cpuUsage(cpuFrom);
    // Counted in the stored JSON (the worker's gzip): parsing it here would add this thread's garbage to the figures.
    const documentJson = gunzipSync(made.documentGz);
    const count = (kind: string) => occurrences(documentJson, `"kind":"${kind}"`);
    const r = {
      round: n, ms, cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssMiB: mib(sampler.phases.at(-1)!.peakRss),
      rssAfterMiB: mib(process.memoryUsage.rss()), workerIsolateMiB: mib(pool.lastMemory), thisThreadHeapMiB: mib(process.memoryUsage().heapTotal + process.memoryUsage().external), newWorker: pool.started > startedBefore,
      charts: count('chart'), tables: count('table'),
      docxBytes: made.docx.byteLength, xlsxBytes: made.xlsx.byteLength,
    };
    results.push(r);
    console.log(`round ${n}: ${ms} ms (CPU ${r.cpuMs} ms, every thread)${r.newWorker ? ', in a new worker' : ''}; peak RSS ${r.peakRssMiB} MiB, after ${r.rssAfterMiB} MiB (the worker's heap and buffers ${r.workerIsolateMiB} MiB, this thread's ${r.thisThreadHeapMiB} MiB); ${r.charts} charts, ${r.tables} tables; docx ${Math.round(r.docxBytes / 1024)} KiB, xlsx ${Math.round(r.xlsxBytes / 1024)} KiB`);
  }
  await sampler.stop();
  const report = { kind: 'reports-worker', machine: machineInfo(), worker: options.fromSources ? 'sources (tsx)' : 'built (server/build.mjs)', baselineRssMiB, recycleMb, workersStarted: pool.started, targets: { totalMs: 5000, peakRssMiB: 300 }, results };
  if (write) {
    const file = path.join(path.resolve(import.meta.dirname, '../results'), `${new Date().toISOString().slice(0, 10)}-reports-worker.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
