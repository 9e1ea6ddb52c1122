import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { REPORT_JOB_PHASES, reportDetailSchema, reportDiffSchema, reportListSchema, reportSummarySchema } from '@hongtu/contracts/reports';
import { settle, waitForJob } from '../../platform/jobs/jobs.test-helpers';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { makeTemplate } from './report-templates.test-helpers';
import { insertReport } from './reports.test-helpers';

const FAI = 'fixed_asset_investment';
const PERIOD = '2026-02';

describeEachDialect('reports (报告): generation, archive, diff and downloads', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const org: Record<string, number> = {};
  const figureIds: Record<string, number> = {};
  const submissionIds: Record<string, number> = {};

  const generate = (who: string, body: Record<string, unknown>, locale = 'zh-CN') =>
    t.app.inject({ method: 'POST', url: '/api/reports', headers: { cookie: cookies[who]!, 'accept-language': locale }, payload: body });
  const generated = async (who: string, body: Record<string, unknown>) => {
    const response = await generate(who, body);
    expect(response.statusCode, response.body).toBe(202);
    const answer = await settle(t, cookies[who]!, response);
    expect(answer.statusCode, answer.body).toBe(200);
    return reportSummarySchema.parse(answer.json());
  };
  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who]! } });

  async function insertMonth(code: string, month: number, ytd: string, status: 'approved' | 'submitted') {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', 2026).where('month', '=', month).executeTakeFirstOrThrow();
    const indicator = await db.selectFrom('indicators').select('id').where('code', '=', FAI).executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: org[code]!, status, submitted_at: 'x', approved_at: status === 'approved' ? '2026-03-05T02:00:00.000Z' : null, reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    if (status === 'approved') {
      await db.insertInto('submission_events').values({
        submission_id: submission.id, action: 'approve', from_status: 'submitted', to_status: 'approved', submission_version: 1, reason: null,
        actor_id: await t.userId('reviewer'), at: '2026-03-05T02:00:00.000Z',
      }).execute();
    }
    submissionIds[`${code}:${month}`] = submission.id;
    figureIds[`${code}:${month}`] = (await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: indicator.id, ytd_value: toScaled(ytd), reported_yoy: null,
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).returning('id').executeTakeFirstOrThrow()).id;
  }
  const publish = async (period: string) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/bulletins/${period}`, headers: { cookie: cookies.reviewer! } });
    expect(response.statusCode, response.body).toBe(201);
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const who of ['reviewer', 'wuchang', 'jiangan', 'leader']) cookies[who] = await t.login(who);
    for (const code of ['420100', '420106', '420102']) org[code] = await t.orgId(code);
    for (const month of [2, 3, 4]) {
      const opened = await t.app.inject({ method: 'POST', url: '/api/periods', headers: { cookie: cookies.reviewer! }, payload: { year: 2026, month } });
      expect(opened.statusCode, opened.body).toBeLessThan(300);
    }
    await insertMonth('420106', 2, '125.5', 'approved');
    await insertMonth('420102', 2, '98.25', 'approved');
    await publish(PERIOD);
    // March: 江岸区's month is submitted, not approved, when the month is published.
    await insertMonth('420106', 3, '180', 'approved');
    await insertMonth('420102', 3, '150', 'submitted');
    await publish('2026-03');
  });
  afterAll(() => t.close());

  it('generates the city\'s bulletin as a job through its phases, with every figure\'s submission, version and approval', async () => {
    const response = await generate('reviewer', { kind: 'monthly-bulletin', period: PERIOD });
    expect(response.statusCode, response.body).toBe(202);
    const job = await waitForJob(t, cookies.reviewer!, response.json().id);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    expect(job.progress).toEqual({ done: REPORT_JOB_PHASES.length, total: REPORT_JOB_PHASES.length, phase: 'archived' });
    const summary = reportSummarySchema.parse(job.result);
    expect(summary).toMatchObject({ kind: 'monthly-bulletin', periodKey: PERIOD, organisationId: org['420100'], revision: 1, provisional: false, generatedBy: '市发改委审核员' });
    const stored = await t.database.db.selectFrom('published_bulletins').select('body_hash').where('period_key', '=', PERIOD).executeTakeFirstOrThrow();
    expect(summary.snapshotHash).toBe(stored.body_hash);

    const detail = reportDetailSchema.parse((await get('reviewer', `/api/reports/${summary.id}`)).json());
    const ytd = detail.document.sources.find((s) => s.organisationId === org['420106'] && s.indicatorCode === FAI && s.origin === 'figure' && s.value === '125.5');
    expect(ytd).toMatchObject({ submissionId: submissionIds['420106:2'], version: 1, approvedAt: '2026-03-05T02:00:00.000Z', approvedBy: '市发改委审核员' });
    expect(detail.document.sources.some((s) => s.organisationId === org['420102'] && s.value === '98.25')).toBe(true);
    // Stored as the render worker's gzip of the JSON (document_json left ''), and previewed as that JSON.
    const row = await t.database.db.selectFrom('reports').select(['document_json', 'document_gz']).where('id', '=', summary.id).executeTakeFirstOrThrow();
    expect(row.document_json).toBe('');
    expect(JSON.parse(gunzipSync(row.document_gz!).toString('utf8'))).toEqual(detail.document);

    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'report.generate').where('entity_id', '=', String(summary.id)).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_type: 'report', result: 'success' });
  });

  it('generates a district\'s report for its operator, and writes one archive row for a job run twice', async () => {
    const summary = await generated('wuchang', { kind: 'monthly-bulletin', period: PERIOD });
    expect(summary).toMatchObject({ organisationId: org['420106'], organisationName: '武昌区', revision: 1 });
    const job = await t.database.db.selectFrom('reports').select('job_id').where('id', '=', summary.id).executeTakeFirstOrThrow();
    // The job queued again (its server stopped after the archive's commit): it answers the same report.
    await t.database.db.updateTable('jobs').set({ status: 'queued', result_json: null, finished_at: null, lease_owner: null, lease_expires_at: null })
      .where('id', '=', job.job_id!).execute();
    const again = await waitForJob(t, cookies.wuchang!, job.job_id!);
    expect(reportSummarySchema.parse(again.result).id).toBe(summary.id);
    const rows = await t.database.db.selectFrom('reports').select('id').where('organisation_id', '=', org['420106']!).where('period_key', '=', PERIOD).execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses a period without a published bulletin, in the caller\'s language, and archives nothing', async () => {
    const before = await t.database.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    for (const [locale, words] of [['zh-CN', '尚未发布'], ['zh-TW', '尚未發布'], ['en', 'not published']] as const) {
      const answer = await settle(t, cookies.reviewer!, await generate('reviewer', { kind: 'execution-report', period: '2026-Q2' }, locale), locale);
      expect(answer.statusCode, answer.body).toBe(409);
      expect(answer.json().code).toBe('REPORT_SNAPSHOT_MISSING');
      expect(answer.json().message).toContain(words);
    }
    const answer = await settle(t, cookies.reviewer!, await generate('reviewer', { kind: 'monthly-bulletin', period: '2026-04' }));
    expect(answer.json().message).toContain('2026年4月');
    const after = await t.database.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a month with unapproved data unless provisional, which it marks', async () => {
    const refused = await settle(t, cookies.reviewer!, await generate('reviewer', { kind: 'ranking-notice', period: '2026-03' }));
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'REPORT_UNAPPROVED' });
    expect(refused.json().message).toContain('江岸区');
    // 武昌区's own month is approved: its own report is not held back by 江岸区's.
    expect((await generated('wuchang', { kind: 'monthly-bulletin', period: '2026-03' })).provisional).toBe(false);
    const operator = await generate('jiangan', { kind: 'monthly-bulletin', period: '2026-03', provisional: true });
    expect(operator.statusCode).toBe(403);
    expect(operator.json().code).toBe('REPORT_PROVISIONAL_FORBIDDEN');
    const provisional = await generated('reviewer', { kind: 'ranking-notice', period: '2026-03', provisional: true });
    expect(provisional.provisional).toBe(true);
    const detail = reportDetailSchema.parse((await get('reviewer', `/api/reports/${provisional.id}`)).json());
    expect(detail.document.provisional).toBe(true);
    const file = await get('reviewer', `/api/reports/${provisional.id}/docx`);
    expect(decodeURIComponent(String(file.headers['content-disposition']))).toContain('（初步）');
  });

  it('keeps a district to its own reports: it cannot generate or read another district\'s, and reads the city\'s', async () => {
    const other = await generate('wuchang', { kind: 'monthly-bulletin', period: PERIOD, organisationId: org['420102'] });
    expect(other.statusCode, other.body).toBe(404);
    const city = await generate('wuchang', { kind: 'monthly-bulletin', period: PERIOD, organisationId: org['420100'] });
    expect(city.statusCode).toBe(404);
    const street = await t.database.db.selectFrom('organisations').select('id').where('kind', '=', 'department').where('path', 'like', '%').executeTakeFirst();
    if (street) expect((await generate('reviewer', { kind: 'monthly-bulletin', period: PERIOD, organisationId: street.id })).statusCode).not.toBe(202);
    const jiangan = await generated('jiangan', { kind: 'monthly-bulletin', period: PERIOD });
    expect((await get('wuchang', `/api/reports/${jiangan.id}`)).statusCode).toBe(404);
    expect((await get('wuchang', `/api/reports/${jiangan.id}/docx`)).statusCode).toBe(404);
    const list = reportListSchema.parse((await get('wuchang', `/api/reports?period=${PERIOD}`)).json());
    expect(new Set(list.items.map((i) => i.organisationName))).toEqual(new Set(['武汉市', '武昌区']));
    const all = reportListSchema.parse((await get('reviewer', `/api/reports?period=${PERIOD}&kind=monthly-bulletin`)).json());
    expect(new Set(all.items.map((i) => i.organisationName))).toEqual(new Set(['武汉市', '武昌区', '江岸区']));
    expect(all.total).toBe(3);
  });

  it('shows what numbers changed against the previous revision after a correction is published again', async () => {
    await t.database.db.updateTable('figures').set({ ytd_value: toScaled('130.75'), version: 2 }).where('id', '=', figureIds['420106:2']!).execute();
    await publish(PERIOD);
    const second = await generated('wuchang', { kind: 'monthly-bulletin', period: PERIOD });
    expect(second.revision).toBe(2);
    const diff = reportDiffSchema.parse((await get('wuchang', `/api/reports/${second.id}/diff`)).json());
    expect(diff.previousId).not.toBeNull();
    expect(diff.changes).toContainEqual(expect.objectContaining({ organisationName: '武昌区', before: '125.5', after: '130.75' }));
    expect(diff.changes.every((c) => c.before !== c.after)).toBe(true);
    const first = reportDiffSchema.parse((await get('wuchang', `/api/reports/${diff.previousId}/diff`)).json());
    expect(first).toEqual({ previousId: null, changes: [] });
    const detail = reportDetailSchema.parse((await get('wuchang', `/api/reports/${second.id}`)).json());
    expect(detail.document.sources.find((s) => s.value === '130.75')).toMatchObject({ version: 2 });
  });

  it('fills the city\'s house-style template, and refuses a template that is not there', async () => {
    const boundary = 'reports-template';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="house.docx"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const file = await makeTemplate(['{issuer}文件', '市发改委内部样式', '{title}', '{@body}', '{dateLine}']);
    const uploaded = await t.app.inject({
      method: 'POST', url: '/api/report-templates', headers: { cookie: cookies.reviewer!, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([head, file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const templateId = uploaded.json().id as number;
    const missing = await generate('reviewer', { kind: 'ranking-notice', period: PERIOD, templateId: templateId + 1000 });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('REPORT_TEMPLATE_NOT_FOUND');
    const summary = await generated('reviewer', { kind: 'ranking-notice', period: PERIOD, templateId });
    const docx = await get('reviewer', `/api/reports/${summary.id}/docx`);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(xml.replace(/<[^>]+>/g, '')).toContain('市发改委内部样式');
  });

  describe('downloads', () => {
    it('serves the Word file with a Chinese file name, and it opens with the report\'s text', async () => {
      const list = reportListSchema.parse((await get('wuchang', `/api/reports?period=${PERIOD}&kind=monthly-bulletin`)).json());
      const own = list.items.find((i) => i.organisationName === '武昌区' && i.revision === 2)!;
      const response = await get('wuchang', `/api/reports/${own.id}/docx`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('wordprocessingml');
      const disposition = String(response.headers['content-disposition']);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(`${own.title}（第2版）.docx`);
      const zip = await JSZip.loadAsync(response.rawPayload);
      const xml = await zip.file('word/document.xml')!.async('string');
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain(own.title);
      expect(text).toContain('武昌区');
    });

    it('serves the workbook, whose table holds the exact figure', async () => {
      const list = reportListSchema.parse((await get('reviewer', `/api/reports?period=${PERIOD}&kind=monthly-bulletin`)).json());
      const city = list.items.find((i) => i.organisationName === '武汉市')!;
      const response = await get('reviewer', `/api/reports/${city.id}/xlsx`);
      expect(response.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const values: unknown[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => values.push(cell.value))));
      // The document's tables, each a sheet in the same order, a cell holding its exact value.
      const detail = reportDetailSchema.parse((await get('reviewer', `/api/reports/${city.id}`)).json());
      const tables = detail.document.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
      expect(tables.length).toBeGreaterThan(0);
      const names = book.worksheets.map((w) => w.name);
      expect(names.slice(0, tables.length)).toEqual(tables.map((b) => b.sheetName));
      const cell = tables.flatMap((b) => b.rows.flat()).find((c) => c.value != null && c.value !== '' && c.value.includes('.'));
      expect(cell).toBeDefined();
      expect(values).toContain(Number(cell!.value));
      expect(values).toContain('武昌区');
    });
  });
  it('reads a report archived before the document was stored gzipped, and diffs across both forms', async () => {
    // 江岸区's bulletin of the month (revision 1, written now as gzip bytes); revision 2 written as rows were
    // before migration 0292 (document_json text, no document_gz) with one number changed.
    const list = reportListSchema.parse((await get('jiangan', `/api/reports?period=${PERIOD}&kind=monthly-bulletin`)).json());
    const first = list.items.find((i) => i.organisationName === '江岸区')!;
    const current = reportDetailSchema.parse((await get('jiangan', `/api/reports/${first.id}`)).json()).document;
    const changed = current.sources.find((s) => s.organisationId === org['420102'] && s.value === '98.25')!;
    const old = { ...current, sources: current.sources.map((s) => (s.id === changed.id ? { ...s, value: '97' } : s)) };
    const oldId = await insertReport(t, '420102', { revision: 2, title: first.title, period: PERIOD, document: old });
    const stored = await t.database.db.selectFrom('reports').select(['document_json', 'document_gz']).where('id', '=', oldId).executeTakeFirstOrThrow();
    expect(stored.document_gz).toBeNull();

    const preview = await get('jiangan', `/api/reports/${oldId}`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(reportDetailSchema.parse(preview.json()).document).toEqual(old);
    const back = reportDiffSchema.parse((await get('jiangan', `/api/reports/${oldId}/diff`)).json());
    expect(back).toEqual({ previousId: first.id, changes: [expect.objectContaining({ organisationName: '江岸区', before: '98.25', after: '97' })] });
    // A revision generated now diffs against the old row.
    const third = await generated('jiangan', { kind: 'monthly-bulletin', period: PERIOD });
    expect(third.revision).toBe(3);
    const forward = reportDiffSchema.parse((await get('jiangan', `/api/reports/${third.id}/diff`)).json());
    expect(forward).toEqual({ previousId: oldId, changes: [expect.objectContaining({ organisationName: '江岸区', before: '97', after: '98.25' })] });
  });
});
