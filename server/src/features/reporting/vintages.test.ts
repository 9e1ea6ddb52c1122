import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

type Json = Record<string, unknown>;

/**
 * A figure's vintage (docs/DOMAIN.md "Vintages"): saved through the month form, kept in every
 * version, moving forward only unless the city granted a revision; leaving it out keeps it.
 */
describeEachDialect('reporting: figure vintages', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let operator: string;
  let wuchang: number;
  const url = (suffix = '') => `/api/submissions/2026-01/${wuchang}${suffix}`;
  const call = async (cookie: string, method: 'GET' | 'POST' | 'PUT', path: string, payload?: Json, locale = 'zh-CN') => {
    const response = await t.app.inject({ method, url: path, headers: { cookie, 'accept-language': locale }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const revenue = (body: Json) => (body.figures as Json[]).find((f) => f.indicatorCode === 'general_budget_revenue')!;
  const save = (ytdValue: string, version: number, extra: Json = {}, locale?: string) =>
    call(operator, 'PUT', url('/figures'), { figures: [{ indicatorCode: 'general_budget_revenue', ytdValue, reportedYoy: null, note: null, version, ...extra }] }, locale);
  const history = async () => ((await call(operator, 'GET', url('/history'))).body.versions as Json[]).map((v) => [v.version, v.ytdValue, v.vintage]);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    operator = await t.login('wuchang');
    wuchang = await t.orgId('420106');
    expect((await call(reviewer, 'POST', '/api/periods', { year: 2026, month: 1 })).status).toBe(201);
  });
  afterAll(() => t.close());

  it('starts at flash, keeps the vintage when left out, and keeps each vintage in the history', async () => {
    const empty = await call(operator, 'GET', url());
    expect(revenue(empty.body).vintage).toBe('flash');
    const first = await save('10', 0);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(revenue(first.body)).toMatchObject({ ytdValue: '10', vintage: 'flash', version: 1 });
    const preliminary = await save('10.5', 1, { vintage: 'preliminary' });
    expect(preliminary.status, JSON.stringify(preliminary.body)).toBe(200);
    expect(revenue(preliminary.body)).toMatchObject({ ytdValue: '10.5', vintage: 'preliminary', version: 2 });
    // Left out: the stored vintage stays.
    const kept = await save('10.6', 2);
    expect(revenue(kept.body)).toMatchObject({ ytdValue: '10.6', vintage: 'preliminary', version: 3 });
    // Only the vintage changes: a new version.
    const verified = await save('10.6', 3, { vintage: 'verified' });
    expect(revenue(verified.body)).toMatchObject({ ytdValue: '10.6', vintage: 'verified', version: 4 });
    expect(await history()).toEqual([[1, '10', 'flash'], [2, '10.5', 'preliminary'], [3, '10.6', 'preliminary'], [4, '10.6', 'verified']]);
    // The month as it stood at the first save shows the vintage of then.
    const versions = (await call(operator, 'GET', url('/history'))).body.versions as Json[];
    const asOf = await call(operator, 'GET', url(`/as-of?submissionVersion=${versions[0]!.submissionVersion as number}`));
    expect(asOf.status, JSON.stringify(asOf.body)).toBe(200);
    expect(revenue(asOf.body)).toMatchObject({ ytdValue: '10', vintage: 'flash', version: 1 });
  });

  it('refuses a backward move with a localized code, and writes nothing', async () => {
    const refused = await save('11', 4, { vintage: 'flash' });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('VINTAGE_BACKWARDS');
    expect(refused.body.message).toBe('地方一般公共预算收入已是核实数据，不能改回快报；如需更正，请先申请修改并经市级同意');
    const english = await save('11', 4, { vintage: 'preliminary' }, 'en');
    expect(english.body.code).toBe('VINTAGE_BACKWARDS');
    expect(english.body.message).toMatch(/already a Verified figure and cannot go back to Preliminary/);
    const month = await call(operator, 'GET', url());
    expect(revenue(month.body)).toMatchObject({ ytdValue: '10.6', vintage: 'verified', version: 4 });
    expect(await history()).toHaveLength(4);
    const invalid = await save('11', 4, { vintage: 'final' });
    expect(invalid.status).toBe(400);
  });

  it('lets a vintage go back only while a revision the city granted reopens the month', async () => {
    const saved = await call(operator, 'GET', url());
    const submitted = await call(operator, 'POST', url('/submit'), { version: saved.body.version as number });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const returned = await call(reviewer, 'POST', url('/return'), { version: submitted.body.version as number, reason: '请核对' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    // A plain return is no revision: still forward only.
    expect((await save('10.6', 4, { vintage: 'flash' })).body.code).toBe('VINTAGE_BACKWARDS');
    const resubmitted = await call(operator, 'POST', url('/submit'), { version: returned.body.version as number });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const approved = await call(reviewer, 'POST', url('/approve'), { version: resubmitted.body.version as number });
    expect(approved.status).toBe(200);
    const requested = await call(operator, 'POST', url('/revision-request'), { version: approved.body.version as number, reason: '核实数有误，退回快报口径' });
    expect(requested.status).toBe(200);
    const granted = await call(reviewer, 'POST', url('/revision-decision'), { version: requested.body.version as number, grant: true });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
    const back = await save('10.4', 4, { vintage: 'flash' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(revenue(back.body)).toMatchObject({ ytdValue: '10.4', vintage: 'flash', version: 5 });
    expect((await history()).at(-1)).toEqual([5, '10.4', 'flash']);
  });
});
