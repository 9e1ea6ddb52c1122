import type ExcelJS from 'exceljs';
import type { TestApp } from '../../test/test-app';
import { settle, type Answer } from '../../platform/jobs/jobs.test-helpers';
import { multipart } from '../spreadsheets/spreadsheets.test-helpers';

/** Test support for the targets import: upload, commit, targets as stored, counts. */

/** Queues the dry run of a targets file (202 with the job, or refused at once). */
export function queueTargetsUpload(t: TestApp, cookie: string, year: number, file: Buffer, options: { fileName?: string; locale?: string } = {}) {
  const body = multipart(file, options.fileName ?? 'targets.xlsx');
  return t.app.inject({
    method: 'POST', url: `/api/targets/import?year=${year}`, payload: body.payload,
    headers: { ...body.headers, cookie, 'accept-language': options.locale ?? 'zh-CN' },
  });
}

/** The dry run of a targets file, waited for: its report (200) or its refusal, as the job ended. */
export async function uploadTargets(t: TestApp, cookie: string, year: number, file: Buffer, options: { fileName?: string; locale?: string } = {}): Promise<Answer> {
  return settle(t, cookie, await queueTargetsUpload(t, cookie, year, file, options), options.locale);
}

/** The commit of a checked batch, waited for: its counts (200) or its refusal. */
export async function commitTargets(t: TestApp, cookie: string, batchId: number, locale = 'zh-CN'): Promise<Answer> {
  const response = await t.app.inject({ method: 'POST', url: `/api/target-imports/${batchId}/commit`, headers: { cookie, 'accept-language': locale } });
  return settle(t, cookie, response, locale);
}

export function downloadTargets(t: TestApp, cookie: string, year: number, locale = 'zh-CN') {
  return t.app.inject({ method: 'GET', url: `/api/targets/template.xlsx?year=${year}`, headers: { cookie, 'accept-language': locale } });
}

/** Sets one target the way the targets page does (PUT /api/targets); returns the answer's body. */
export async function putTarget(
  t: TestApp, cookie: string,
  target: { year: number; organisationId: number; indicatorCode: string; amountTarget?: string | null; growthTarget?: string | null; noTarget?: boolean; schedule?: { kind: 'quarterly' | 'monthly'; shares: string[] } | null; version?: number },
) {
  const response = await t.app.inject({
    method: 'PUT', url: '/api/targets', headers: { cookie },
    payload: {
      amountTarget: null, growthTarget: null, noTarget: false, schedule: null, version: 0, ...target,
      amountComparator: target.amountTarget ? 'ge' : null, growthComparator: target.growthTarget ? 'ge' : null,
    },
  });
  if (response.statusCode !== 200) throw new Error(`put target failed: ${response.statusCode} ${response.body}`);
  return response.json() as { version: number };
}

/** Every stored target of a year, as comparable plain values. */
export async function storedTargets(t: TestApp, year: number) {
  const rows = await t.database.db.selectFrom('targets as t').innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .innerJoin('indicators as i', 'i.id', 't.indicator_id')
    .select(['o.code as org', 'i.code as indicator', 't.amount_target', 't.amount_comparator', 't.growth_target', 't.growth_comparator',
      't.no_target', 't.schedule_json', 't.version', 't.source'])
    .where('t.year', '=', year).orderBy('o.code').orderBy('i.code').execute();
  return rows.map((r) => ({
    ...r,
    amount_target: r.amount_target === null ? null : String(r.amount_target),
    growth_target: r.growth_target === null ? null : String(r.growth_target),
  }));
}

/** Counts of what a targets import may write. */
export async function targetCounts(t: TestApp) {
  const db = t.database.db;
  const count = async (table: 'targets' | 'imports') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where((eb) => (table === 'imports' ? eb('kind', '=', 'targets') : eb.lit(true)))
      .executeTakeFirstOrThrow()).n);
  const audits = async (action: string) =>
    Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n);
  return { targets: await count('targets'), batches: await count('imports'), imports: await audits('target.import') };
}

/** The row of a targets template holding an organisation code and an indicator code. */
export function templateRow(sheet: ExcelJS.Worksheet, orgCode: string, indicatorCode: string): ExcelJS.Row {
  for (let r = 1; r <= sheet.rowCount; r++) {
    if (sheet.getCell(r, 1).value === orgCode && sheet.getCell(r, 3).value === indicatorCode) return sheet.getRow(r);
  }
  throw new Error(`no row for ${orgCode} × ${indicatorCode}`);
}
