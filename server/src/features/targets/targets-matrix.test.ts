// The year's district × indicator matrix saved at once (PUT /api/targets/matrix): exact decimals, one
// transaction (one bad or stale cell writes nothing), versions checked per cell (409 naming the stale
// ones), an audit row per changed cell and none for an unchanged one, scope per cell.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { snapshotDatabase } from '../../test/db-snapshot';
import { putTarget, storedTargets } from './targets.test-helpers';

type Json = Record<string, unknown>;
interface ErrorBody { code: string; message: string; details?: { path: string; message: string }[] }

describeEachDialect('the targets matrix', (dialect) => {
  let t: TestApp;
  let reviewer: string;
  const org: Record<string, number> = {};
  let nextYear = 2070;

  const cell = (code: string, indicatorCode: string, change: Json = {}): Json => ({
    organisationId: org[code], indicatorCode, amountTarget: null, amountComparator: null,
    growthTarget: null, growthComparator: null, noTarget: false, version: 0, ...change,
  });
  const putMatrix = async (year: number, cells: Json[], cookie = reviewer, language = 'en') => {
    const response = await t.app.inject({
      method: 'PUT', url: '/api/targets/matrix', headers: { cookie, 'accept-language': language }, payload: { year, cells },
    });
    return { status: response.statusCode, body: response.json() as Json };
  };
  const audits = async () => Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n'))
    .where('action', '=', 'target.put').executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    reviewer = await t.login('reviewer');
    for (const code of ['420106', '420102', '420103']) org[code] = await t.orgId(code);
  });
  afterAll(() => t.close());

  it('saves many districts and indicators in one request, exactly as typed, one audit row per changed cell', async () => {
    const year = nextYear++;
    const before = await audits();
    const { status, body } = await putMatrix(year, [
      cell('420106', 'gdp', { amountTarget: '1,202.345678', amountComparator: 'ge', growthTarget: '6.5', growthComparator: 'ge' }),
      cell('420102', 'gdp', { amountTarget: '１５００', amountComparator: 'ge' }),
      cell('420103', 'fixed_asset_investment', { growthTarget: '10', growthComparator: 'ge' }),
    ]);
    expect(status, JSON.stringify(body)).toBe(200);
    expect((body.items as Json[]).map((i) => [i.indicatorCode, i.amountTarget, i.growthTarget, i.version])).toEqual([
      ['gdp', '1202.345678', '6.5', 1], ['gdp', '1500', null, 1], ['fixed_asset_investment', null, '10', 1],
    ]);
    expect(body.unchanged).toBe(0);
    expect(await audits()).toBe(before + 3);
    expect((await storedTargets(t, year)).map((r) => [r.org, r.indicator, r.amount_target])).toEqual([
      ['420102', 'gdp', '1500000000'], ['420103', 'fixed_asset_investment', null], ['420106', 'gdp', '1202345678'],
    ]);
  });

  it('leaves unchanged cells as they are (no version, no audit) and keeps a target\'s schedule', async () => {
    const year = nextYear++;
    const schedule = { kind: 'quarterly' as const, shares: ['30', '55', '80', '100'] };
    await putTarget(t, reviewer, { year, organisationId: org['420106']!, indicatorCode: 'gdp', amountTarget: '1300', schedule });
    await putTarget(t, reviewer, { year, organisationId: org['420102']!, indicatorCode: 'gdp', amountTarget: '900' });
    const before = await audits();
    const { status, body } = await putMatrix(year, [
      cell('420106', 'gdp', { amountTarget: '1,350', amountComparator: 'ge', version: 1 }),
      cell('420102', 'gdp', { amountTarget: '900.00', amountComparator: 'ge', version: 1 }),
    ]);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.unchanged).toBe(1);
    expect(body.items).toEqual([expect.objectContaining({ organisationId: org['420106'], amountTarget: '1350', version: 2, schedule })]);
    expect(await audits()).toBe(before + 1);
  });

  it('refuses the whole save when one cell was changed since it was read (409 naming it), in the caller\'s language', async () => {
    const year = nextYear++;
    await putTarget(t, reviewer, { year, organisationId: org['420106']!, indicatorCode: 'gdp', amountTarget: '1300' });
    const snapshot = await snapshotDatabase(t.database.db, 'failed');
    const { status, body } = await putMatrix(year, [
      cell('420102', 'gdp', { amountTarget: '900', amountComparator: 'ge' }),
      cell('420106', 'gdp', { amountTarget: '1400', amountComparator: 'ge', version: 0 }),
    ], reviewer, 'zh-CN');
    const error = body as unknown as ErrorBody;
    expect(status, JSON.stringify(body)).toBe(409);
    expect(error.code).toBe('TARGET_MATRIX_STALE');
    expect(error.message).toContain('有 1 个目标');
    expect(error.details?.map((d) => d.path)).toEqual(['body.cells.1']);
    expect(await snapshotDatabase(t.database.db, 'failed')).toBe(snapshot);
  });

  it('refuses the whole save for one invalid cell, naming the cell and field; nothing is written', async () => {
    const year = nextYear++;
    for (const [bad, code, path] of [
      [{ amountTarget: '12abc', amountComparator: 'ge' }, 'NUMBER_INVALID', 'body.cells.1.amountTarget'],
      [{ amountTarget: null, growthTarget: null }, 'TARGET_INVALID', 'body.cells.1.amountTarget'],
      [{ growthTarget: '6', growthComparator: null }, 'TARGET_INVALID', 'body.cells.1.growthComparator'],
    ] as const) {
      const snapshot = await snapshotDatabase(t.database.db, 'failed');
      const { status, body } = await putMatrix(year, [cell('420102', 'gdp', { amountTarget: '900', amountComparator: 'ge' }), cell('420106', 'gdp', bad)]);
      const error = body as unknown as ErrorBody;
      expect(status, JSON.stringify(body)).toBe(400);
      expect(error.code).toBe(code);
      expect(error.details?.map((d) => d.path)).toEqual([path]);
      expect(await snapshotDatabase(t.database.db, 'failed')).toBe(snapshot);
    }
    const twice = await putMatrix(year, [cell('420102', 'gdp', { amountTarget: '1', amountComparator: 'ge' }), cell('420102', 'gdp', { amountTarget: '2', amountComparator: 'ge' })]);
    expect(twice.status).toBe(400);
    expect((twice.body as unknown as ErrorBody).code).toBe('TARGET_MATRIX_DUPLICATE');
    expect(await storedTargets(t, year)).toEqual([]);
  });

  it('refuses a cell outside a district reviewer\'s scope with the rest, and an operator altogether', async () => {
    const admin = await t.login('admin');
    const created = await t.app.inject({
      method: 'POST', url: '/api/users', headers: { cookie: admin },
      payload: { username: 'matrix-reviewer', displayName: '武昌区审核员', role: 'city_reviewer', organisationId: org['420106'], password: 'Targets#Test2026' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const districtReviewer = await t.login('matrix-reviewer', 'Targets#Test2026');
    const year = nextYear++;
    const cells = [cell('420106', 'gdp', { amountTarget: '1', amountComparator: 'ge' }), cell('420102', 'gdp', { amountTarget: '2', amountComparator: 'ge' })];
    expect((await putMatrix(year, cells, districtReviewer)).status).toBe(404);
    expect((await putMatrix(year, cells, await t.login('wuchang'))).status).toBe(403);
    expect(await storedTargets(t, year)).toEqual([]);
  });
});
