import { afterAll, beforeAll, expect, it } from 'vitest';
import { parentPathOf } from '@hongtu/domain';
import { dashboardMonthsSchema, type DashboardMonths } from '@hongtu/contracts/dashboard-months';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';

describeEachDialect('which month the dashboards show', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  let units: number[] = [];

  const months = async (who = 'reviewer'): Promise<DashboardMonths> => {
    const response = await t.app.inject({ method: 'GET', url: '/api/dashboard/months', headers: { cookie: cookies[who]! } });
    expect(response.statusCode, response.body).toBe(200);
    return dashboardMonthsSchema.parse(response.json());
  };
  const coverage = (m: DashboardMonths, key: string) => m.items.find((i) => i.periodKey === key);

  async function insertSubmissions(month: number, ids: readonly number[], status: 'approved' | 'submitted') {
    const db = t.database.db;
    const period = await db.selectFrom('reporting_periods').select('id').where('year', '=', 2026).where('month', '=', month).executeTakeFirstOrThrow();
    for (const id of ids) {
      await db.insertInto('submissions').values({ period_id: period.id, organisation_id: id, status, submitted_at: 'x', approved_at: null, reason: null, updated_at: 'x' }).execute();
    }
  }

  beforeAll(async () => {
    t = await buildTestApp(dialect);
    for (const who of ['reviewer', 'wuchang']) cookies[who] = await t.login(who);
    for (const month of [1, 2]) {
      const opened = await t.app.inject({ method: 'POST', url: '/api/periods', headers: { cookie: cookies.reviewer! }, payload: { year: 2026, month } });
      expect(opened.statusCode).toBeLessThan(300);
    }
    const wuchang = await t.database.db.selectFrom('organisations').select('path').where('id', '=', await t.orgId('420106')).executeTakeFirstOrThrow();
    const city = parentPathOf(wuchang.path)!;
    units = (await t.database.db.selectFrom('organisations').select('id').where('path', 'like', `${city}%`).where('kind', 'in', ['district', 'zone']).execute()).map((r) => r.id);
    expect(units.length).toBeGreaterThan(2);
    // January: every unit approved. February: one unit approved, one awaiting review.
    await insertSubmissions(1, units, 'approved');
    await insertSubmissions(2, [units[0]!], 'approved');
    await insertSubmissions(2, [units[1]!], 'submitted');
  });
  afterAll(() => t.close());

  it('stays on the last complete month when one district is approved in a new month, and says how far each month is', async () => {
    const m = await months();
    expect(m.defaultPeriod).toBe('2026-01');
    expect(coverage(m, '2026-01')).toEqual({ periodKey: '2026-01', approved: units.length, submitted: 0, total: units.length, published: false });
    expect(coverage(m, '2026-02')).toEqual({ periodKey: '2026-02', approved: 1, submitted: 1, total: units.length, published: false });
    expect(m.items.map((i) => i.periodKey).slice(0, 2)).toEqual(['2026-02', '2026-01']);
  });

  it('opens the reviewer\'s unapproved view on the month under review', async () => {
    expect((await months()).reviewPeriod).toBe('2026-02');
  });

  it('gives a district operator the city\'s coverage, not only its own unit', async () => {
    const m = await months('wuchang');
    expect(coverage(m, '2026-02')?.total).toBe(units.length);
    expect(m.defaultPeriod).toBe('2026-01');
  });

  it('opens on a month once the city has published it', async () => {
    const published = await t.app.inject({ method: 'POST', url: '/api/bulletins/2026-02', headers: { cookie: cookies.reviewer! } });
    expect(published.statusCode, published.body).toBe(201);
    const m = await months();
    expect(coverage(m, '2026-02')?.published).toBe(true);
    expect(m.defaultPeriod).toBe('2026-02');
  });
});
