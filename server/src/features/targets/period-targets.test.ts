import { afterAll, beforeAll, expect, it } from 'vitest';
import { q1BoardSchema } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

type Json = Record<string, unknown>;

/** Targets for part of the year as stated (docs/DOMAIN.md "Period targets"): Q1 amounts and counts. */
describeEachDialect('period targets', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  let wuchang: number;
  let jiangan: number;
  const call = async (cookie: string, method: 'GET' | 'PUT', url: string, payload?: Json) => {
    const response = await t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const put = (payload: Json) => call(reviewer, 'PUT', '/api/period-targets', { year: 2026, throughMonth: 3, amountComparator: 'ge', version: 0, ...payload });
  const count = async () => Number((await t.database.db.selectFrom('period_targets').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    wuchang = await t.orgId('420106');
    jiangan = await t.orgId('420102');
  });
  afterAll(() => t.close());

  it('stores a Q1 amount as stated, with no annual target needed, and lists it', async () => {
    const saved = await put({ organisationId: jiangan, indicatorCode: 'fixed_asset_investment', amountTarget: '９３' });
    expect(saved.status).toBe(200);
    expect(saved.body.target).toMatchObject({ year: 2026, organisationId: jiangan, indicatorCode: 'fixed_asset_investment', throughMonth: 3, amountTarget: '93', amountComparator: 'ge', version: 1, source: 'entered' });
    const listed = await call(reviewer, 'GET', `/api/period-targets?year=2026&organisationId=${jiangan}`);
    expect(listed.body.items).toEqual([saved.body.target]);
    // The annual targets are untouched: a Q1 target is not an annual one.
    expect((await call(reviewer, 'GET', `/api/targets?year=2026&organisationId=${jiangan}`)).body.items).toEqual([]);
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id']).where('entity_id', '=', '2026/420102/fixed_asset_investment/1-3').execute();
    expect(audit).toEqual([{ action: 'target.put', entity_type: 'target', entity_id: '2026/420102/fixed_asset_investment/1-3' }]);
  });

  it('lets a count carry a Q1 target in whole numbers, and refuses what the rule refuses without writing', async () => {
    const before = await count();
    const whole = await put({ organisationId: wuchang, indicatorCode: 'new_market_entities', amountTarget: '6' });
    expect(whole.status).toBe(200);
    const refusals: [Json, string, string][] = [
      [{ organisationId: wuchang, indicatorCode: 'new_urban_jobs', amountTarget: '6.5' }, 'PERIOD_TARGET_NOT_WHOLE', 'body.amountTarget'],
      [{ organisationId: wuchang, indicatorCode: 'retail_sales', amountTarget: '-1' }, 'PERIOD_TARGET_NEGATIVE', 'body.amountTarget'],
      [{ organisationId: wuchang, indicatorCode: 'retail_sales', amountTarget: '10', amountComparator: null }, 'PERIOD_TARGET_COMPARATOR', 'body.amountComparator'],
      [{ organisationId: wuchang, indicatorCode: 'retail_sales', amountTarget: null }, 'PERIOD_TARGET_VALUE_REQUIRED', 'body.amountTarget'],
    ];
    for (const [payload, code, path] of refusals) {
      const refused = await put(payload);
      expect(refused.status, code).toBe(400);
      expect(refused.body.code).toBe(code);
      expect((refused.body.details as Json[])[0]!.path).toBe(path);
    }
    expect((await put({ organisationId: wuchang, indicatorCode: 'retail_sales', amountTarget: '10', throughMonth: 12 })).status).toBe(400);
    expect(await count()).toBe(before + 1);
  });

  it('changes a target at its version only, and removes it with an empty amount', async () => {
    const first = await put({ organisationId: wuchang, indicatorCode: 'retail_sales', throughMonth: 6, amountTarget: '50' });
    const changed = await put({ organisationId: wuchang, indicatorCode: 'retail_sales', throughMonth: 6, amountTarget: '55', version: 1 });
    expect(changed.body.target).toMatchObject({ amountTarget: '55', version: 2 });
    const stale = await put({ organisationId: wuchang, indicatorCode: 'retail_sales', throughMonth: 6, amountTarget: '60', version: 1 });
    expect(stale.status).toBe(409);
    expect(first.status).toBe(200);
    const removed = await put({ organisationId: wuchang, indicatorCode: 'retail_sales', throughMonth: 6, amountTarget: '', version: 2 });
    expect(removed).toEqual({ status: 200, body: { target: null } });
    const listed = (await call(reviewer, 'GET', `/api/period-targets?year=2026&organisationId=${wuchang}`)).body.items as Json[];
    expect(listed.map((x) => [x.indicatorCode, x.throughMonth])).toEqual([['new_market_entities', 3]]);
  });

  it('puts a stated Q1 amount on the Q1 board instead of a share of the year', async () => {
    // 武昌区: annual 400 with a 30 % Q1 share would give 120; the city stated 93 for Q1.
    expect((await call(reviewer, 'PUT', '/api/targets', {
      year: 2026, organisationId: wuchang, indicatorCode: 'fixed_asset_investment', amountTarget: '400', amountComparator: 'ge',
      growthTarget: null, growthComparator: null, noTarget: false, schedule: { kind: 'quarterly', shares: ['30', '55', '80', '100'] }, version: 0,
    })).status).toBe(200);
    const cell = async (organisationId: number) => {
      const board = q1BoardSchema.parse((await call(reviewer, 'GET', '/api/q1/2026')).body);
      return board.rows.find((r) => r.organisationId === organisationId)!.cells.find((c) => c.indicatorCode === 'fixed_asset_investment')!;
    };
    expect(await cell(wuchang)).toMatchObject({ q1Target: '120', q1Share: '30', linear: false });
    expect((await put({ organisationId: wuchang, indicatorCode: 'fixed_asset_investment', amountTarget: '93' })).status).toBe(200);
    expect(await cell(wuchang)).toMatchObject({ annualTarget: '400', q1Target: '93', q1Share: '23.25', linear: false });
    // 江岸区 has no annual target: its stated Q1 amount alone is the Q1 target.
    expect(await cell(jiangan)).toMatchObject({ annualTarget: null, q1Target: '93', linear: false });
  });
});
