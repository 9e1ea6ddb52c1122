// The benchmark (issue #3, section 9), run by hand: `npm run bench -- --dialect=both --scale=full`
// (`npm run bench -- deadline …` is the deadline under load instead: cli.ts, deadline.ts).
// For each dialect: generate a province into a fresh database, build the app, sign in, then
// measure (a) the city overview against its raw SQL, (b) Excel import against a raw bulk
// insert, (c) peak memory. Prints a markdown table and writes bench/results/*.json. It reports
// against the issue's targets and never fails on them (exit code 0 unless something broke).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { DialectName } from '@hongtu/server/src/db/connection';
import type { Clock } from '@hongtu/server/src/platform/clock';
import { openBenchDatabase, postgresReachable } from './database';
import { BENCH_PASSWORD, REVIEWER, generateProvince } from './generate';
import { measureImport, type ImportResult } from './imports';
import { MemorySampler, maxRssBytes, mib } from './memory';
import { parseOptions, type Options } from './options';
import { measureOverview, type OverviewResult } from './overview';
import { measureTargetImport, type TargetImportResult } from './target-imports';
import { checkTargets, machineInfo, markdown, writeResults, type BenchReport, type DialectResult } from './report';
import { login, startApp } from './session';
import { timeOnce } from './stats';

const SCRIPT = fileURLToPath(import.meta.url);
const BENCH_DIR = path.resolve(path.dirname(SCRIPT), '..');

const label = (d: DialectName) => (d === 'sqlite' ? 'SQLite' : 'PostgreSQL');
const log = (dialect: DialectName, message: string) => console.log(`[${dialect}] ${message}`);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function runDialect(dialect: DialectName, options: Options): Promise<DialectResult> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  // Server time is fixed: January of the year after the generated ones, when its first months are open.
  const clock: Clock = { now: () => new Date(`${options.scale.lastYear + 1}-01-20T02:00:00.000Z`) };
  const now = clock.now().toISOString();
  const memory = new MemorySampler();
  const notes: string[] = [];
  const database = await openBenchDatabase(dialect, options.pgUrl);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    log(dialect, `generating scale ${options.scale.name} into ${dialect === 'sqlite' ? 'a temporary file' : `schema ${database.location}`} …`);
    const province = await memory.phase('generate', () => generateProvince(database, options.scale, clock));
    log(dialect, `generated ${province.counts.figures?.toLocaleString('en-US')} figures, ${province.counts.targets?.toLocaleString('en-US')} targets `
      + `for ${province.units.length} districts/zones × ${province.indicators.length} indicators × ${province.years.length * 12} months `
      + `in ${(province.timings.totalMs / 1000).toFixed(2)} s (migrate + catalogue ${province.timings.prepareMs} ms, bulk load ${province.timings.loadMs} ms`
      + `${province.timings.analyseMs ? `, analyze ${province.timings.analyseMs} ms` : ''}, prepareDatabase as at a restart ${province.timings.restartMs} ms)`);

    const started2 = await memory.phase('app start + sign-in', async () => {
      const start = await timeOnce(() => startApp(database, clock));
      app = start.result;
      const signIn = await timeOnce(() => login(start.result, REVIEWER, BENCH_PASSWORD, clock.now()));
      return { startMs: Math.round(start.ms), loginMs: Math.round(signIn.ms), cookie: signIn.result };
    });
    const theApp = app!;

    let overview: OverviewResult | null = null;
    try {
      overview = await measureOverview(theApp, database, province, {
        period: options.scale.overviewPeriod, warmup: options.warmup, iterations: options.iterations,
        reviewerCookie: started2.cookie, now, password: BENCH_PASSWORD,
      }, memory);
      log(dialect, `overview ${overview.period}: API p50 ${overview.api.p50.toFixed(1)} ms, p95 ${overview.api.p95.toFixed(1)} ms; `
        + `raw SQL p50 ${overview.raw.p50.toFixed(1)} ms, p95 ${overview.raw.p95.toFixed(1)} ms; ratio p95 ${overview.ratioP95}×`);
    } catch (error) {
      notes.push(`overview not measured: ${message(error)}`);
      log(dialect, `overview not measured: ${message(error)}`);
    }

    let imports: ImportResult | null = null;
    try {
      imports = await measureImport(theApp, database, province, options.scale, { now, password: BENCH_PASSWORD }, memory);
      log(dialect, `import: 1 district-month p50 ${imports.single.total.p50.toFixed(1)} ms; ${imports.bulk.rows} rows in ${(imports.bulk.ms / 1000).toFixed(2)} s `
        + `= ${imports.bulk.rowsPerSecond} rows/s; raw insert ${imports.raw.bulk.rowsPerSecond} rows/s`);
      if (imports.bulk.rows < options.scale.importBulkRows) {
        notes.push(`scale ${options.scale.name}: only ${imports.bulk.rows} rows (${imports.bulk.files} district-months) are available for the import throughput, not ${options.scale.importBulkRows}.`);
      }
    } catch (error) {
      notes.push(`import not measured: ${message(error)}`);
      log(dialect, `import not measured: ${message(error)}`);
    }

    let targetImport: TargetImportResult | null = null;
    try {
      targetImport = await measureTargetImport(theApp, database, province, options.scale, { now, password: BENCH_PASSWORD, pgUrl: options.pgUrl }, memory);
      log(dialect, `targets file: ${targetImport.rows} rows, dry run + commit p50 ${targetImport.total.p50.toFixed(1)} ms = ${targetImport.rowsPerSecond} rows/s; `
        + `raw insert ${targetImport.raw.rowsPerSecond} rows/s; ratio ${targetImport.ratio}×`);
    } catch (error) {
      notes.push(`targets import not measured: ${message(error)}`);
      log(dialect, `targets import not measured: ${message(error)}`);
    }

    const result: DialectResult = {
      dialect,
      startedAt,
      durationMs: 0,
      generation: { timings: province.timings, counts: province.counts },
      app: { startMs: started2.startMs, loginMs: started2.loginMs },
      overview,
      import: imports,
      targetImport,
      notes,
      memory: { phases: [], maxRssMiB: 0 },
      targets: checkTargets({ overview, import: imports, targetImport }),
    };
    result.memory = {
      phases: memory.phases.map((p) => ({ ...p, peakRssMiB: mib(p.peakRss) })),
      maxRssMiB: mib(maxRssBytes()),
    };
    result.durationMs = Math.round(performance.now() - started);
    return result;
  } finally {
    await app?.close();
    await database.dispose();
    await memory.stop();
  }
}

/** Runs one dialect in a child process (clean memory figures per dialect) and reads its result. */
function runChild(dialect: DialectName, argv: string[]): DialectResult {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-bench-result-')), 'result.json');
  const args = [...process.execArgv, SCRIPT, ...argv.filter((a) => !a.startsWith('--dialect=')), `--dialect=${dialect}`, `--child-result=${file}`];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  try {
    if (child.status !== 0) throw new Error(`${label(dialect)} run failed (exit ${child.status ?? child.signal})`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as DialectResult;
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseOptions(argv, { outDir: path.join(BENCH_DIR, 'results') });

  if (options.childResult) {
    const result = await runDialect(options.dialects[0]!, options);
    fs.writeFileSync(options.childResult, JSON.stringify(result));
    return;
  }

  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 10),
    machine: machineInfo(),
    scale: options.scale,
    iterations: { overviewWarmup: options.warmup, overviewRuns: options.iterations },
    results: [],
    skipped: [],
  };
  const runnable: DialectName[] = [];
  for (const dialect of options.dialects) {
    if (dialect === 'postgres') {
      const problem = await postgresReachable(options.pgUrl);
      if (problem) {
        const reason = `PostgreSQL not reachable at ${options.pgUrl.replace(/\/\/[^@]*@/, '//…@')} (${problem})`;
        console.log(`[postgres] skipped: ${reason}`);
        report.skipped.push({ dialect, reason });
        continue;
      }
    }
    runnable.push(dialect);
  }
  for (const dialect of runnable) {
    report.results.push(runnable.length > 1 ? runChild(dialect, argv) : await runDialect(dialect, options));
  }

  console.log(`\n${markdown(report)}\n`);
  if (options.write && report.results.length > 0) {
    for (const file of writeResults(report, options.outDir)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
