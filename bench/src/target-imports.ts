// (b) Excel import of a targets file: one upload carrying every district × indicator for two
// years (POST /api/targets/import, then POST /api/target-imports/:id/commit), against a raw bulk
// insert of the same number of target rows.
//
// The generator's province has 120 districts/zones and 40 indicators, so a file of two years is
// 120 × 40 × 2 = 9,600 rows (the "10k-row file"): the last generated year (targets exist: every
// row an update) and the next one (none yet: every row an insert). Each round rewrites every row
// with new values, so every round changes them all (but a value equal by chance to the generated
// target, left as it is); rounds after the first are all updates.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { TARGETS, openBulkWriter, type Row } from './bulk';
import type { BenchDatabase } from './database';
import { insertUser, scaled, type GeneratedProvince } from './generate';
import { IMPORT_LIMITS } from '@hongtu/server/src/platform/imports/limits';
import type { MemorySampler } from './memory';
import { readOnly } from './reader';
import type { Scale } from './options';
import { expectStatus, login, multipartFile, settleJob } from './session';
import { ratio, summarise, timeOnce, type Summary } from './stats';
import { XLSX_TYPE, targetRows, targetsWorkbook, type TargetRowSpec } from './workbook';
import { plainWorkbook } from './xlsx-writer';

export interface TargetImportResult {
  rows: number;
  organisations: number;
  indicators: number;
  years: number[];
  fileBytes: number;
  rounds: number;
  /** Round 1 (mixed inserts and updates) as the commit reported it. */
  firstRound: { inserted: number; updated: number; unchanged: number };
  dryRun: Summary;
  commit: Summary;
  total: Summary;
  /** The server's sheet reading alone (zip inspection, streamed XML), no rules, no database. */
  sheetRead: Summary;
  /** An upload at the size limit carrying the row limit's 100,000 target rows: dry run only. */
  large: { rows: number; fileBytes: number; dryRunMs: number; rowsPerSecond: number; rssBeforeMiB: number; peakRssMiB: number };
  /** Rows of the file / p50 of (dry run + commit). */
  rowsPerSecond: number;
  /** The same number of target rows straight into the table, one transaction per round. */
  raw: { runs: Summary; rowsPerSecond: number };
  /** Import / raw insert at p50. */
  ratio: number;
}

const ROUNDS = 3;
const rowsPerSecond = (rows: number, ms: number) => (ms > 0 ? Math.round((rows / ms) * 1000) : 0);

/** The raw baseline: the rows as multi-row INSERTs (unnest on PostgreSQL) in one transaction, for years of their own. */
async function rawInsert(database: BenchDatabase, rows: TargetRowSpec[], yearShift: number, now: string): Promise<number> {
  const values: Row[] = rows.map((r) => {
    const amount = r.unitLabel === '万元' ? r.amount / 10_000 : r.amount;
    const comparator = r.indicator.direction === 'lower' ? 'le' : 'ge';
    return [r.year + yearShift, r.unit.id, r.indicator.id, scaled(amount, r.indicator.decimals), comparator,
      r.growth === null ? null : scaled(r.growth, 2), r.growth === null ? null : 'ge', 0, 'imported', now];
  });
  const writer = await openBulkWriter(database);
  try {
    await writer.transaction(() => writer.insert(TARGETS, values));
  } finally {
    await writer.release();
  }
  return values.length;
}

/**
 * Memory of the largest upload the import accepts: the row limit's worth of target rows (every
 * district × indicator over as many later years as it takes), padded with an incompressible
 * picture up to the upload limit, dry run only. It runs in a child process of its own
 * (large-upload.ts: the app over this database, nothing else alive), so its peak RSS is the
 * server's, not the benchmark's generated data's.
 */
async function measureLargeUpload(database: BenchDatabase, province: GeneratedProvince, scale: Scale, pgUrl: string) {
  const perYear = province.units.length * province.indicators.length;
  const years = Array.from({ length: Math.ceil(IMPORT_LIMITS.dataRows / perYear) }, (_, i) => scale.lastYear + 2 + i);
  const specs = targetRows(province.units, province.indicators, years, 7).slice(0, IMPORT_LIMITS.dataRows);
  const header = ['年度', '组织编码', '指标编码', '单位', '目标值', '目标比较', '增速目标(%)', '一季度占比(%)'];
  const rows = [header, ...specs.map((r) => [r.year, r.unit.code, r.indicator.code, r.unitLabel, r.amount, r.indicator.direction === 'lower' ? '≤' : '≥', r.growth, r.q1Share])];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hongtu-bench-large-'));
  try {
    const file = path.join(dir, 'targets-large.xlsx');
    fs.writeFileSync(file, plainWorkbook('年度目标', rows, IMPORT_LIMITS.uploadBytes - 64 * 1024));
    const out = path.join(dir, 'result.json');
    const script = fileURLToPath(new URL('./large-upload.ts', import.meta.url));
    const child = spawnSync(process.execPath, [...process.execArgv, script, database.dialect, database.location, pgUrl, file, String(years[0]), out], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`large upload failed (exit ${child.status ?? child.signal})`);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { fileBytes: number; dryRunMs: number; rssBeforeMiB: number; peakRssMiB: number };
    return { rows: IMPORT_LIMITS.dataRows, ...result, rowsPerSecond: rowsPerSecond(IMPORT_LIMITS.dataRows, result.dryRunMs) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureTargetImport(
  app: FastifyInstance,
  database: BenchDatabase,
  province: GeneratedProvince,
  scale: Scale,
  options: { now: string; password: string; pgUrl: string },
  memory: MemorySampler,
): Promise<TargetImportResult> {
  const years = [scale.lastYear, scale.lastYear + 1];
  // A reviewer of its own at the province root (the overview's reviewers stay under the rate limit).
  const username = 'bench_target_reviewer';
  await insertUser(database, { username, role: 'city_reviewer', organisationId: province.provinceId, passwordHash: province.passwordHash, now: options.now });
  const cookie = await login(app, username, options.password, new Date(options.now));

  // The files, built before any timing (writing them is the user's side).
  const specs = Array.from({ length: ROUNDS }, (_, round) => targetRows(province.units, province.indicators, years, round + 1));
  const files = await Promise.all(specs.map((rows) => targetsWorkbook(rows)));
  const rows = specs[0]!.length;

  const dry: number[] = [];
  const commit: number[] = [];
  let firstRound = { inserted: 0, updated: 0, unchanged: 0 };
  await memory.phase(`import: ${rows}-row targets file (dry run + commit)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { body, contentType } = multipartFile('file', `targets-${round + 1}.xlsx`, XLSX_TYPE, files[round]!);
      const a = performance.now();
      // The dry run and the commit are background jobs: timed until each job is over.
      const check = await settleJob(app, cookie, await app.inject({ method: 'POST', url: `/api/targets/import?year=${years[0]}`, payload: body, headers: { cookie, 'content-type': contentType } }));
      const b = performance.now();
      expectStatus(check, 200, `targets dry run, round ${round + 1}`);
      const report = check.json() as { batchId: number; rowsParsed: number; blocking: boolean; inserts: number; updates: number; problems: unknown[] };
      // Every row is read; a value may by chance equal the generated target (then it is unchanged, not written).
      if (report.blocking || report.rowsParsed !== rows) {
        throw new Error(`targets dry run, round ${round + 1}: blocking=${report.blocking}, rows ${report.rowsParsed}/${rows}, changes ${report.inserts}+${report.updates}: ${JSON.stringify(report.problems.slice(0, 3))}`);
      }
      const c = performance.now();
      const committed = await settleJob(app, cookie, await app.inject({ method: 'POST', url: `/api/target-imports/${report.batchId}/commit`, headers: { cookie } }));
      const d = performance.now();
      expectStatus(committed, 200, `targets commit, round ${round + 1}`);
      const counts = committed.json() as { inserted: number; updated: number; unchanged: number };
      if (counts.inserted + counts.updated !== report.inserts + report.updates) throw new Error(`targets commit, round ${round + 1}: ${JSON.stringify(counts)}`);
      if (round === 0) firstRound = { inserted: counts.inserted, updated: counts.updated, unchanged: counts.unchanged };
      dry.push(b - a);
      commit.push(d - c);
    }
  });
  const total = dry.map((d, i) => d + commit[i]!);
  const sheetRead: number[] = [];
  for (const file of files) sheetRead.push((await timeOnce(() => readOnly(file))).ms);
  const large = await measureLargeUpload(database, province, scale, options.pgUrl);

  const raw: number[] = [];
  await memory.phase('raw bulk insert of target rows (baseline)', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      // Years of their own (+20, +22, +24), so each run inserts and nothing collides.
      raw.push((await timeOnce(() => rawInsert(database, specs[round]!, 20 + 2 * round, options.now))).ms);
    }
  });

  const totalSummary = summarise(total);
  const rawSummary = summarise(raw);
  return {
    rows,
    organisations: province.units.length,
    indicators: province.indicators.length,
    years,
    fileBytes: files[0]!.length,
    rounds: ROUNDS,
    firstRound,
    dryRun: summarise(dry),
    commit: summarise(commit),
    total: totalSummary,
    sheetRead: summarise(sheetRead),
    large,
    rowsPerSecond: rowsPerSecond(rows, totalSummary.p50),
    raw: { runs: rawSummary, rowsPerSecond: rowsPerSecond(rows, rawSummary.p50) },
    ratio: ratio(totalSummary.p50, rawSummary.p50),
  };
}
