// The projects scenario's import (issue 10, "Measured in bench/"): a district's monthly report
// workbook for its 500 projects, as an operator makes it — the library exported as the template
// for the month, this month's investment and year to date filled in for every project, uploaded
// (the dry run: read, parsed, checked, stored as a batch) and committed (all or nothing, the
// district's totals refreshed). Each round fills new figures over the last round's drafts.
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { BenchDatabase } from './database';
import type { Row, TableSpec } from './bulk';
import { summarise, type Summary } from './stats';
import { expectStatus, multipartFile } from './session';
import { XLSX_TYPE } from './workbook';

export const IMPORT_PROJECTS = 500;
/** The month imported; the district's projects have approved reports January … August. */
export const IMPORT_PERIOD = { year: 2025, month: 9 };

/** The district's 500 projects (ids from `firstId`) and their approved reports of January … August 2025, for the bulk writer. */
export function importDistrictRows(firstId: number, organisationId: number, organisationCode: string, now: string, projectSpec: TableSpec) {
  const M = 1_000_000n;
  const projects: Row[] = [];
  const reports: Row[] = [];
  for (let i = 0; i < IMPORT_PROJECTS; i++) {
    const id = firstId + i;
    const total = BigInt(50_000 + i * 37) * M;
    const plan = (BigInt(12_000 + i * 12) * M);
    const row: (string | number | bigint | null)[] = [id, organisationId, `${organisationCode}-${i + 1}`, `导入项目${i + 1}`, `导入项目${i + 1}`, 'district', 'infrastructure',
      '建筑业', `导入业主${i % 97}`, total, plan, 2025, 'continuing', 'under_construction', '2024-03-01', '2024-03-15', '', '', '', '', '[]', 'synthetic', now, now];
    if (row.length !== projectSpec.columns.length) throw new Error('import district: project columns changed');
    projects.push(row);
    const amount = plan / 12n;
    for (let month = 1; month < IMPORT_PERIOD.month; month++) {
      reports.push([id, organisationId, IMPORT_PERIOD.year, month, amount, amount * BigInt(month), '主体施工', '', '', 1, 'approved', now]);
    }
  }
  return { projects, reports };
}

async function readBook(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const all: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => all.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return { headers: all[0]!.map(String), rows: all.slice(1) };
}

async function writeBook(headers: string[], rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('重大项目');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface ImportMeasure {
  rounds: number; projects: number; reports: number; upload: Summary; commit: Summary; total: Summary;
  /** Each round's upload + commit (ms), the first one cold (the sheet reader's worker thread starts, and under tsx compiles its modules). */
  samples: number[];
  /** The rounds after the first. */
  warm: Summary | null;
}

/** `rounds` imports of the district's month; each timed as its upload (dry run) and its commit. */
export async function measureReportImport(app: FastifyInstance, database: BenchDatabase, cookie: string, organisationId: number, rounds: number): Promise<ImportMeasure> {
  const period = `${IMPORT_PERIOD.year}-${String(IMPORT_PERIOD.month).padStart(2, '0')}`;
  const previous = new Map((await database.handle.db.selectFrom('project_reports as r').innerJoin('projects as p', 'p.id', 'r.project_id')
    .select(['p.code', 'r.ytd_investment']).where('r.organisation_id', '=', organisationId).where('r.year', '=', IMPORT_PERIOD.year).where('r.month', '=', IMPORT_PERIOD.month - 1).execute())
    .map((r) => [r.code, BigInt(String(r.ytd_investment))]));
  const upload: number[] = [];
  const commit: number[] = [];
  const total: number[] = [];
  let reports = 0;
  for (let round = 0; round < rounds; round++) {
    const exported = await app.inject({ method: 'GET', url: `/api/projects/export.xlsx?period=${period}`, headers: { cookie } });
    expectStatus(exported, 200, 'export');
    const { headers, rows } = await readBook(exported.rawPayload);
    const col = (name: string) => { const i = headers.indexOf(name); if (i < 0) throw new Error(`no column ${name}`); return i; };
    const [month, ytd, progress, inStats] = [col('本月完成投资（万元）'), col('本年累计完成投资（万元）'), col('形象进度'), col('是否入库纳统')];
    for (const row of rows) {
      const before = previous.get(String(row[0]));
      if (before === undefined) throw new Error(`no August report for ${String(row[0])}`);
      const amount = 800 + round * 10 + (rows.indexOf(row) % 50);
      row[month] = amount;
      row[ytd] = Number(before / 1_000_000n) + amount;
      row[progress] = `第${round + 1}轮：主体结构施工`;
      row[inStats] = '是';
    }
    const file = multipartFile('file', `projects-${period}.xlsx`, XLSX_TYPE, await writeBook(headers, rows));
    const t0 = performance.now();
    const checked = await app.inject({ method: 'POST', url: `/api/projects/import?period=${period}`, payload: file.body, headers: { cookie, 'content-type': file.contentType } });
    const t1 = performance.now();
    expectStatus(checked, 200, 'import check');
    const check = checked.json() as { batchId: number; blocking: boolean; reports: number; problemCount: number; problems?: unknown };
    if (check.blocking) throw new Error(`import check blocked: ${JSON.stringify(check.problems).slice(0, 600)}`);
    const committed = await app.inject({ method: 'POST', url: `/api/project-imports/${check.batchId}/commit`, headers: { cookie } });
    const t2 = performance.now();
    expectStatus(committed, 200, 'import commit');
    reports = (committed.json() as { reports: number }).reports;
    if (reports !== IMPORT_PROJECTS) throw new Error(`import committed ${reports} reports, not ${IMPORT_PROJECTS}`);
    upload.push(t1 - t0);
    commit.push(t2 - t1);
    total.push(t2 - t0);
  }
  return {
    rounds, projects: IMPORT_PROJECTS, reports, upload: summarise(upload), commit: summarise(commit), total: summarise(total),
    samples: total.map((ms) => Math.round(ms)), warm: total.length > 1 ? summarise(total.slice(1)) : null,
  };
}
