import { afterAll, beforeAll, expect, it } from 'vitest';
import { toScaled } from '@hongtu/domain';
import { overviewSchema, type Overview } from '@hongtu/contracts';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

const FAI = 'fixed_asset_investment';

describeEachDialect('the overview\'s columns', (dialect) => {
  let t: TestApp;
  let cookie = '';

  const overview = async (query = ''): Promise<Overview> => {
    const response = await t.app.inject({ method: 'GET', url: `/api/dashboard/overview?period=2026-02${query}`, headers: { cookie } });
    expect(response.statusCode, response.body).toBe(200);
    return overviewSchema.parse(response.json());
  };

  async function insertMonth(code: string, year: number, ytd: string) {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', year).where('month', '=', 2).executeTakeFirstOrThrow();
    const indicator = await db.selectFrom('indicators').select('id').where('code', '=', FAI).executeTakeFirstOrThrow();
    const submission = await db.insertInto('submissions')
      .values({ period_id: period.id, organisation_id: await t.orgId(code), status: 'approved', submitted_at: 'x', approved_at: null, reason: null, updated_at: 'x' })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('figures').values({
      submission_id: submission.id, indicator_id: indicator.id, ytd_value: toScaled(ytd), reported_yoy: null,
      note: null, source: 'synthetic', source_ref: null, source_quote: null, updated_by: null, updated_at: 'x',
    }).execute();
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    cookie = await t.login('reviewer');
    for (const year of [2025, 2026]) {
      const opened = await t.app.inject({ method: 'POST', url: '/api/periods', headers: { cookie }, payload: { year, month: 2 } });
      expect(opened.statusCode).toBeLessThan(300);
    }
    await insertMonth('420106', 2025, '100');
    await insertMonth('420106', 2026, '104.6');
  });
  afterAll(() => t.close());

  it('shows the key indicators by default, and the indicators asked for in their order', async () => {
    const all = await t.database.db.selectFrom('indicators').select(['code', 'is_key']).orderBy('sort_order').orderBy('id').execute();
    const keys = all.filter((i) => i.is_key === 1).map((i) => i.code);
    expect((await overview()).indicatorCodes).toEqual(keys);
    const others = all.filter((i) => i.is_key !== 1).map((i) => i.code).slice(0, 2);
    const asked = [...others, FAI];
    const picked = await overview(`&indicators=${asked.join(',')}`);
    expect(picked.indicatorCodes).toEqual(asked);
    expect(picked.rows[0]!.cells.map((c) => c.indicatorCode)).toEqual(asked);
    // The default is still the key indicators after a pick (no answer stands for another).
    expect((await overview()).indicatorCodes).toEqual(keys);
  });

  it('leaves unknown codes out and refuses a malformed list', async () => {
    expect((await overview(`&indicators=${FAI},no_such_indicator`)).indicatorCodes).toEqual([FAI]);
    const bad = await t.app.inject({ method: 'GET', url: '/api/dashboard/overview?period=2026-02&indicators=,,', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });

  it('gives each cell last year\'s same period beside this year\'s', async () => {
    const cell = (await overview(`&indicators=${FAI}`)).rows.find((r) => r.organisationName === '武昌区')?.cells[0];
    expect(cell).toMatchObject({ ytdValue: '104.6', lastYearYtd: '100', yoy: '4.6' });
  });
});
