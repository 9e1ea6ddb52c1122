// An indicator's frequency and growth basis changed through the API: by the city reviewer or the
// administrator, audited; refused with a clear message (and nothing written) when stored figures
// would fall out of the new setting; refused to other roles.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { snapshotDatabase } from '../../test/db-snapshot';

type Json = Record<string, unknown>;

describeEachDialect('indicator settings', (dialect) => {
  let t: TestApp;
  let reviewer: string;

  const put = async (code: string, payload: Json, cookie = reviewer, language = 'zh-CN') => {
    const response = await t.app.inject({ method: 'PUT', url: `/api/indicators/${code}/settings`, headers: { cookie, 'accept-language': language }, payload });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const audits = async () => t.database.db.selectFrom('audit_log').select(['entity_id', 'before_json', 'after_json'])
    .where('action', '=', 'indicator.configure').orderBy('id').execute();

  /** Stores one figure of 武昌区 for the indicator in a month (a period, a submission, the figure). */
  const storeFigure = async (code: string, month: number, values: { ytd: bigint | null; yoy: bigint | null }) => {
    const db = t.database.db;
    const indicator = await db.selectFrom('indicators').select('id').where('code', '=', code).executeTakeFirstOrThrow();
    const period = await db.insertInto('reporting_periods').values({ year: 2031, month, deadline: '2031-12-31T00:00:00.000Z', status: 'open', created_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions').values({ period_id: period.id, organisation_id: await t.orgId('420106'), status: 'draft', updated_at: 'x', submitted_at: null, approved_at: null, reason: null })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: indicator.id, ytd_value: values.ytd, reported_yoy: values.yoy, note: null, return_reason: null,
      source: 'entered', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x', adjusted_base: null, reported_yoy_comparable: null, comparable_reason: null,
    }).execute();
  };

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
  });
  afterAll(() => t.close());

  it('changes the frequency and growth basis, audited with before and after; the list shows it', async () => {
    const { status, body } = await put('new_market_entities', { frequency: 'quarterly', growthBasis: 'reported_real' }, await t.login('admin'));
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ code: 'new_market_entities', frequency: 'quarterly', growthBasis: 'reported_real' });
    const rows = await audits();
    expect(rows.at(-1)).toMatchObject({ entity_id: 'new_market_entities' });
    expect(JSON.parse(rows.at(-1)!.after_json!)).toEqual({ frequency: 'quarterly', growthBasis: 'reported_real' });
    const list = await t.app.inject({ method: 'GET', url: '/api/indicators', headers: { cookie: reviewer } });
    expect((list.json() as { items: Json[] }).items.find((i) => i.code === 'new_market_entities')).toMatchObject({ frequency: 'quarterly' });
  });

  it('refuses a frequency that would orphan stored figures, saying which months, and writes nothing', async () => {
    await storeFigure('retail_sales', 4, { ytd: 1_000_000n, yoy: null });
    const before = await snapshotDatabase(t.database.db, 'failed');
    const { status, body } = await put('retail_sales', { frequency: 'quarterly', growthBasis: 'amounts' });
    expect(status, JSON.stringify(body)).toBe(409);
    expect(body.code).toBe('INDICATOR_SETTINGS_ORPHAN_MONTHS');
    expect(body.message).toContain('4月');
    expect(await snapshotDatabase(t.database.db, 'failed')).toBe(before);
  });

  it('refuses growth from amounts while figures hold only a rate', async () => {
    await storeFigure('gdp', 3, { ytd: null, yoy: 6_500_000n });
    const { status, body } = await put('gdp', { frequency: 'quarterly', growthBasis: 'amounts' }, reviewer, 'en');
    expect(status, JSON.stringify(body)).toBe(409);
    expect(body.code).toBe('INDICATOR_SETTINGS_ORPHAN_RATES');
    expect(body.message).toContain('1 figures hold only a reported rate');
  });

  it('refuses other roles and an unknown indicator', async () => {
    expect((await put('gdp', { frequency: 'monthly', growthBasis: 'amounts' }, await t.login('wuchang'))).status).toBe(403);
    expect((await put('gdp', { frequency: 'monthly', growthBasis: 'amounts' }, await t.login('leader'))).status).toBe(403);
    expect((await put('nothing', { frequency: 'monthly', growthBasis: 'amounts' })).status).toBe(400);
    expect((await put('gdp', { frequency: 'weekly', growthBasis: 'amounts' })).status).toBe(400);
  });
});
