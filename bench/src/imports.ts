// (b) Excel import of monthly figures: upload (dry run) + commit through the API, against a raw
// bulk insert of the same figure rows.
//
// The figures import takes one district-month per file (POST /api/submissions/:periodKey/:orgId/
// import, then POST /api/imports/:id/commit). Measured: one district-month at a time (p50 / p95),
// and 10 000 figure rows as the district-month files that carry them (250 files × 40 indicators
// at full scale), uploaded and committed one after another. The 10k-row file is the targets file
// (target-imports.ts).
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { defaultDeadlineDate, endOfShanghaiDay, periodKey } from '@hongtu/domain';
import { FIGURES, FIGURE_VERSIONS, SUBMISSIONS, nextId, openBulkWriter, resyncIdentities, type Row } from './bulk';
import type { BenchDatabase } from './database';
import { insertUser, scaled, type GeneratedProvince, type GeneratedUnit } from './generate';
import type { MemorySampler } from './memory';
import { readOnly } from './reader';
import type { Scale } from './options';
import { expectStatus, login, multipartFile } from './session';
import { ratio, summarise, timeOnce, type Summary } from './stats';
import {
  XLSX_TYPE,
  districtMonthWorkbook,
  lastYearFigures,
  monthFigures,
  type MonthFigures,
} from './workbook';

export interface ImportResult {
  year: number;
  rowsPerFile: number;
  setup: { operators: number; loginMs: number; workbooksMs: number };
  single: {
    files: number;
    warmup: number;
    fileBytes: number;
    dryRun: Summary;
    commit: Summary;
    total: Summary;
    /** The server's sheet reading of one of these files alone (zip inspection, streamed XML), no rules, no database. */
    sheetRead: Summary;
    /** Rows of one file / p50 of (dry run + commit). */
    rowsPerSecond: number;
  };
  bulk: {
    files: number;
    rows: number;
    /** Wall time of all uploads and commits, one after another. */
    ms: number;
    dryRunMs: number;
    commitMs: number;
    rowsPerSecond: number;
    perFile: Summary;
  };
  raw: {
    /** One district-month (submission + figures + first versions) per transaction. */
    single: Summary;
    singleRowsPerSecond: number;
    /** All bulk rows in one transaction. */
    bulk: { rows: number; ms: number; rowsPerSecond: number };
  };
  /** Import / raw insert: single file at p50, and the bulk wall times. */
  ratioSingle: number;
  ratioBulk: number;
}

interface DistrictMonth {
  unit: GeneratedUnit;
  month: number;
}

const IMPORT_YEAR_OFFSET = 1;
/** Months opened for the import (this year's first four) and for the raw baseline (the next three). */
const IMPORT_MONTHS = [1, 2, 3, 4];
const RAW_MONTHS = [5, 6, 7, 8];

const rowsPerSecond = (rows: number, ms: number) => (ms > 0 ? Math.round((rows / ms) * 1000) : 0);

async function openPeriods(database: BenchDatabase, year: number, months: number[], now: string): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  for (const month of months) {
    const row = await database.handle.db.insertInto('reporting_periods')
      .values({ year, month, status: 'open', deadline: endOfShanghaiDay(defaultDeadlineDate({ year, month })), created_at: now })
      .returning('id').executeTakeFirstOrThrow();
    ids.set(month, row.id);
  }
  return ids;
}

async function uploadAndCommit(app: FastifyInstance, cookie: string, periodKey: string, organisationId: number, file: Buffer, expectedRows: number) {
  const { body, contentType } = multipartFile('file', `${periodKey}-${organisationId}.xlsx`, XLSX_TYPE, file);
  const a = performance.now();
  const check = await app.inject({
    method: 'POST', url: `/api/submissions/${periodKey}/${organisationId}/import`, payload: body, headers: { cookie, 'content-type': contentType },
  });
  const b = performance.now();
  expectStatus(check, 200, `import dry run ${periodKey} #${organisationId}`);
  const report = check.json() as { batchId: number; rowsParsed: number; blocking: boolean; problems: unknown[]; findings: unknown[] };
  if (report.blocking || report.rowsParsed !== expectedRows) {
    throw new Error(`import dry run ${periodKey} #${organisationId}: blocking=${report.blocking}, rows ${report.rowsParsed}/${expectedRows}: ${JSON.stringify({ problems: report.problems.slice(0, 3), findings: report.findings.slice(0, 3) })}`);
  }
  const c = performance.now();
  const commit = await app.inject({ method: 'POST', url: `/api/imports/${report.batchId}/commit`, headers: { cookie } });
  const d = performance.now();
  expectStatus(commit, 200, `import commit ${periodKey} #${organisationId}`);
  const committed = commit.json() as { changed: number };
  if (committed.changed !== expectedRows) throw new Error(`import commit ${periodKey} #${organisationId}: changed ${committed.changed}/${expectedRows}`);
  return { dryRunMs: b - a, commitMs: d - c };
}

/** The raw baseline: submissions, figures and their first versions as multi-row inserts in one transaction. */
async function rawInsert(database: BenchDatabase, months: { figures: MonthFigures; periodId: number }[], ids: { submission: number; figure: number }, now: string) {
  const submissions: Row[] = [];
  const figures: Row[] = [];
  const versions: Row[] = [];
  for (const { figures: f, periodId } of months) {
    const submissionId = ids.submission++;
    submissions.push([submissionId, periodId, f.unit.id, 'draft', 1, 0, null, null, now]);
    for (const r of f.rows) {
      const figureId = ids.figure++;
      const ytd = scaled(r.ytd, r.indicator.decimals);
      const yoy = r.yoy === null ? null : scaled(r.yoy, 2);
      figures.push([figureId, submissionId, r.indicator.id, ytd, yoy, 'imported', 1, null, now]);
      versions.push([figureId, submissionId, 1, ytd, yoy, 'imported', null, now, 1]);
    }
  }
  const writer = await openBulkWriter(database);
  try {
    await writer.transaction(async () => {
      await writer.insert(SUBMISSIONS, submissions);
      await writer.insert(FIGURES, figures);
      await writer.insert(FIGURE_VERSIONS, versions);
    });
  } finally {
    await writer.release();
  }
  return figures.length;
}

export async function measureImport(
  app: FastifyInstance,
  database: BenchDatabase,
  province: GeneratedProvince,
  scale: Scale,
  options: { now: string; password: string },
  memory: MemorySampler,
): Promise<ImportResult> {
  const { db } = database.handle;
  const year = scale.lastYear + IMPORT_YEAR_OFFSET;
  await openPeriods(database, year, IMPORT_MONTHS, options.now);
  const rawPeriods = await openPeriods(database, year, RAW_MONTHS, options.now);
  const lastYear = await lastYearFigures(db, year, [...IMPORT_MONTHS, ...RAW_MONTHS]);
  const figuresOf = (dm: DistrictMonth) => monthFigures(dm.unit, year, dm.month, province.indicators, lastYear);
  const key = (month: number) => periodKey({ year, month });
  // The rows of a file: the indicators its month asks for (a quarterly one only at a quarter's end).
  const rowsOf = (dm: DistrictMonth) => figuresOf(dm).rows.length;
  const rowsPerFile = rowsOf({ unit: province.units[0]!, month: IMPORT_MONTHS[0]! });

  // Who uploads: each district's own operator, signed in through the API (argon2 verify each).
  const { ms: loginMs, result: cookies } = await timeOnce(async () => {
    const map = new Map<number, string>();
    for (const unit of province.units) {
      const username = `bench_op_${unit.id}`;
      await insertUser(database, { username, role: 'district_operator', organisationId: unit.id, passwordHash: province.passwordHash, now: options.now });
      map.set(unit.id, await login(app, username, options.password));
    }
    return map;
  });

  // What is uploaded, built before any timing (exceljs writing is the user's side, not the server's).
  const singleCount = Math.min(province.units.length, scale.importWarmup + scale.importSingle);
  const warmup = Math.min(scale.importWarmup, Math.max(0, singleCount - 1));
  const singleMonths: DistrictMonth[] = province.units.slice(0, singleCount).map((unit) => ({ unit, month: IMPORT_MONTHS[0]! }));
  const bulkMonths: DistrictMonth[] = [];
  let bulkRows = 0;
  for (const month of IMPORT_MONTHS.slice(1)) {
    for (const unit of province.units) {
      if (bulkRows >= scale.importBulkRows) break;
      bulkMonths.push({ unit, month });
      bulkRows += rowsOf({ unit, month });
    }
  }
  const { ms: workbooksMs, result: files } = await timeOnce(async () => ({
    single: await Promise.all(singleMonths.map(async (dm) => districtMonthWorkbook(figuresOf(dm)))),
    bulk: await Promise.all(bulkMonths.map(async (dm) => districtMonthWorkbook(figuresOf(dm)))),
  }));

  // One district-month at a time: p50 / p95 over the files after the warm-up.
  const dry: number[] = [];
  const commit: number[] = [];
  await memory.phase('import: single district-month files', async () => {
    for (let i = 0; i < singleMonths.length; i++) {
      const dm = singleMonths[i]!;
      const t = await uploadAndCommit(app, cookies.get(dm.unit.id)!, key(dm.month), dm.unit.id, files.single[i]!, rowsOf(dm));
      if (i >= warmup) {
        dry.push(t.dryRunMs);
        commit.push(t.commitMs);
      }
    }
  });
  const total = dry.map((d, i) => d + commit[i]!);
  const sheetRead: number[] = [];
  for (const file of files.single.slice(warmup)) sheetRead.push((await timeOnce(() => readOnly(file))).ms);

  // 10k figure rows as the district-month files that carry them.
  const perFile: number[] = [];
  let bulkDry = 0;
  let bulkCommit = 0;
  const bulkMs = await memory.phase(`import: ${bulkRows} rows as ${bulkMonths.length} district-month files`, async () => {
    const start = performance.now();
    for (let i = 0; i < bulkMonths.length; i++) {
      const dm = bulkMonths[i]!;
      const t = await uploadAndCommit(app, cookies.get(dm.unit.id)!, key(dm.month), dm.unit.id, files.bulk[i]!, rowsOf(dm));
      bulkDry += t.dryRunMs;
      bulkCommit += t.commitMs;
      perFile.push(t.dryRunMs + t.commitMs);
    }
    return performance.now() - start;
  });

  // The raw baseline: the same rows straight into the tables.
  const ids = { submission: await nextId(database, 'submissions'), figure: await nextId(database, 'figures') };
  const rawSingle: number[] = [];
  const rawBulk = await memory.phase('raw bulk insert (baseline)', async () => {
    for (let i = 0; i < singleMonths.length; i++) {
      const dm = singleMonths[i]!;
      const month = { figures: figuresOf(dm), periodId: rawPeriods.get(RAW_MONTHS[0]!)! };
      const { ms } = await timeOnce(() => rawInsert(database, [month], ids, options.now));
      if (i >= warmup) rawSingle.push(ms);
    }
    const months = bulkMonths.map((dm) => ({ figures: figuresOf(dm), periodId: rawPeriods.get(RAW_MONTHS[IMPORT_MONTHS.indexOf(dm.month)]!)! }));
    return timeOnce(() => rawInsert(database, months, ids, options.now));
  });
  const resync = await openBulkWriter(database);
  try {
    await resyncIdentities(resync, database, ['submissions', 'figures']);
  } finally {
    await resync.release();
  }

  const single = {
    files: dry.length, warmup, fileBytes: files.single[0]!.length,
    dryRun: summarise(dry), commit: summarise(commit), total: summarise(total), sheetRead: summarise(sheetRead),
    rowsPerSecond: 0,
  };
  single.rowsPerSecond = rowsPerSecond(rowsPerFile, single.total.p50);
  const rawSingleSummary = summarise(rawSingle);
  return {
    year,
    rowsPerFile,
    setup: { operators: cookies.size, loginMs: Math.round(loginMs), workbooksMs: Math.round(workbooksMs) },
    single,
    bulk: {
      files: bulkMonths.length, rows: bulkRows, ms: Math.round(bulkMs), dryRunMs: Math.round(bulkDry), commitMs: Math.round(bulkCommit),
      rowsPerSecond: rowsPerSecond(bulkRows, bulkMs), perFile: summarise(perFile),
    },
    raw: {
      single: rawSingleSummary,
      singleRowsPerSecond: rowsPerSecond(rowsPerFile, rawSingleSummary.p50),
      bulk: { rows: rawBulk.result, ms: Math.round(rawBulk.ms * 10) / 10, rowsPerSecond: rowsPerSecond(rawBulk.result, rawBulk.ms) },
    },
    ratioSingle: ratio(single.total.p50, rawSingleSummary.p50),
    ratioBulk: ratio(bulkMs, rawBulk.ms),
  };
}
