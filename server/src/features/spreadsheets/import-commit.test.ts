import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { commit, counts, openPeriod, saveFigures, upload, workbook } from './spreadsheets.test-helpers';

describeEachDialect('Excel import commit', (dialect) => {
  let t: TestApp;
  let operator: string;
  let org: number;
  let year = 2060;
  const fresh = async () => openPeriod(t, ++year, 3);
  const sheet = (revenue: number | string, retail?: number) =>
    workbook([['指标名称', '本年累计'], ['地方一般公共预算收入', revenue], ...(retail === undefined ? [] : [['社会消费品零售总额', retail]])]);
  const current = async (key: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/submissions/${key}/${org}`, headers: { cookie: operator } })).json();
  const importAudits = async () =>
    (await t.database.db.selectFrom('audit_log').select('id').where('action', '=', 'submission.import').execute()).length;

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    operator = await t.login('wuchang');
    org = await t.orgId('420106');
  });
  afterAll(() => t.close());

  it('is all-or-nothing: a failure after the first figure leaves no figure, version, submission or audit row', async () => {
    const key = await fresh();
    const dry = (await upload(t, operator, key, org, await sheet(100, 50))).json();
    expect(dry).toMatchObject({ rowsParsed: 2, blocking: false });
    // Make the second figure unstorable (beyond int64 micro-units): writeFigures fails after writing the first.
    const batch = await t.database.db.selectFrom('imports').selectAll().where('id', '=', dry.batchId).executeTakeFirstOrThrow();
    const stored = JSON.parse(batch.rows_json);
    expect(stored.figures.map((f: { indicatorCode: string }) => f.indicatorCode)).toEqual(['general_budget_revenue', 'retail_sales']);
    stored.figures[1].ytd = '99999999999999';
    await t.database.db.updateTable('imports').set({ rows_json: JSON.stringify(stored) }).where('id', '=', dry.batchId).execute();

    const before = await counts(t);
    const audits = await importAudits();
    const failed = await commit(t, operator, dry.batchId);
    expect(failed.statusCode).toBe(500);
    expect(await counts(t)).toEqual(before);
    expect(await importAudits()).toBe(audits);
    expect((await current(key)).status).toBe('not_started');
    const after = await t.database.db.selectFrom('imports').select(['status', 'committed_at']).where('id', '=', dry.batchId).executeTakeFirstOrThrow();
    expect(after).toEqual({ status: 'checked', committed_at: null });
  });

  it('refuses with 409 when the month changed after the dry run, and writes nothing', async () => {
    const key = await fresh();
    await saveFigures(t, operator, key, org, [{ indicatorCode: 'general_budget_revenue', ytdValue: '100' }]);
    const dry = (await upload(t, operator, key, org, await sheet(110))).json();
    expect(dry).toMatchObject({ blocking: false, changes: 1 });
    await saveFigures(t, operator, key, org, [{ indicatorCode: 'retail_sales', ytdValue: '50' }]);

    const before = await counts(t);
    const stale = await commit(t, operator, dry.batchId, 'en');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'IMPORT_STALE', message: 'The month changed after this file was checked; upload it again before importing' });
    expect(await counts(t)).toEqual(before);
    expect((await current(key)).figures.find((f: { indicatorCode: string }) => f.indicatorCode === 'general_budget_revenue').ytdValue).toBe('100');

    const again = (await upload(t, operator, key, org, await sheet(110))).json();
    const done = await commit(t, operator, again.batchId);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().changed).toBe(1);
  });

  it('refuses the dry run and the commit once the month is submitted', async () => {
    const key = await fresh();
    await saveFigures(t, operator, key, org, [{ indicatorCode: 'general_budget_revenue', ytdValue: '100' }]);
    const dry = (await upload(t, operator, key, org, await sheet(110))).json();
    const version = (await current(key)).version;
    const submitted = await t.app.inject({ method: 'POST', url: `/api/submissions/${key}/${org}/submit`, headers: { cookie: operator }, payload: { version } });
    expect(submitted.statusCode, submitted.body).toBe(200);

    const before = await counts(t);
    const late = await commit(t, operator, dry.batchId);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('SUBMISSION_STATE');
    const refused = await upload(t, operator, key, org, await sheet(120));
    expect(refused.statusCode).toBe(409);
    expect(await counts(t)).toEqual(before);
  });

  it('answers another district\'s operator 404 for the upload and the commit, changing nothing', async () => {
    const key = await fresh();
    const dry = (await upload(t, operator, key, org, await sheet(100))).json();
    const other = await t.login('jiangan');
    const before = await counts(t);
    expect((await commit(t, other, dry.batchId)).statusCode).toBe(404);
    expect((await upload(t, other, key, org, await sheet(100))).statusCode).toBe(404);
    expect((await commit(t, operator, 999_999)).statusCode).toBe(404);
    expect(await counts(t)).toEqual(before);
  });

  it('commits a batch once when two commits race; the other answers the committed state', async () => {
    const key = await fresh();
    const dry = (await upload(t, operator, key, org, await sheet(100, 50))).json();
    const before = await counts(t);
    const [a, b] = await Promise.all([commit(t, operator, dry.batchId), commit(t, operator, dry.batchId)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json().repeated, b.json().repeated].sort()).toEqual([false, true]);
    expect(await counts(t)).toEqual({ ...before, versions: before.versions + 2, figures: before.figures + 2, submissions: before.submissions + 1 });
    expect(await importAudits()).toBeGreaterThan(0);
  });
});
