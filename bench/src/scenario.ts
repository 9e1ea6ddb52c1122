// What the feature scenarios (projects, investment, enterprise service) share: their flags, timing a
// request, and running on each database with the report written to bench/results/.
import { performance } from 'node:perf_hooks';
import fs from 'node:fs';
import path from 'node:path';
import type { DialectName } from '@hongtu/server/src/db/connection';
import { postgresReachable } from './database';
import { machineInfo } from './report';
import { summarise, type Summary } from './stats';

export interface ScenarioOptions { dialects: DialectName[]; scale: number; iterations: number; warmup: number; pgUrl: string; write: boolean }

/** `--dialect=sqlite|postgres|both --scale=0.25 --iterations=100 --warmup=10 --pg-url=… --no-write`; `value` reads a scenario's own flags. */
export function parseScenarioFlags(argv: string[]): ScenarioOptions & { value(name: string): string | undefined } {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const dialect = value('dialect') ?? 'both';
  const scale = Number(value('scale') ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error('--scale is a fraction of the full size, 0 < scale ≤ 1');
  return {
    dialects: dialect === 'both' ? ['sqlite', 'postgres'] : [dialect as DialectName],
    scale, iterations: Number(value('iterations') ?? '100'), warmup: Number(value('warmup') ?? '10'),
    pgUrl: value('pg-url') ?? process.env.HONGTU_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    write: !argv.includes('--no-write'),
    value,
  };
}

/** `n` timed calls after `warmup` untimed ones, one after the other. */
export async function timed(n: number, warmup: number, fn: () => Promise<unknown>): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return summarise(samples);
}

/** Runs the scenario on each database asked for (PostgreSQL skipped when not reachable), prints the report and writes it. */
export async function runScenarioCommand<O extends ScenarioOptions>(kind: string, options: O, runDialect: (dialect: DialectName, options: O) => Promise<unknown>): Promise<void> {
  const results = [];
  for (const dialect of options.dialects) {
    if (dialect === 'postgres') {
      const why = await postgresReachable(options.pgUrl);
      if (why) { console.log(`[postgres] skipped: ${why}`); continue; }
    }
    results.push(await runDialect(dialect, options));
  }
  const report = { kind, at: new Date().toISOString(), machine: machineInfo(), results };
  console.log(JSON.stringify(report, null, 2));
  if (options.write) {
    const dir = path.resolve(import.meta.dirname, '../results');
    // One database asked for: named after it, so the other's run of the day is kept beside it.
    const only = options.dialects.length === 1 ? `-${options.dialects[0]}` : '';
    const file = path.join(dir, `${report.at.slice(0, 10)}-${kind}${options.scale < 1 ? `-scale-${options.scale}` : ''}${only}.json`);
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written ${file}`);
  }
}
