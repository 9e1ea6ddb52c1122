import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/dialects';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { INDICATOR_CATALOGUE } from './indicator-catalogue';
import { dueIndicators, latestDueMonthOf } from './indicators.public';
import { up } from './indicators.migrations';

describeEachDialect('indicator catalogue: frequency and growth basis', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(dialect);
  });
  afterAll(() => t.close());

  it('answers each indicator with when it is reported and on which basis its growth is', async () => {
    const cookie = await t.login('wuchang');
    const response = await t.app.inject({ method: 'GET', url: '/api/indicators', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    const items = (response.json() as { items: { code: string; frequency: string; growthBasis: string }[] }).items;
    const of = (code: string) => items.find((i) => i.code === code);
    expect(of('gdp')).toMatchObject({ frequency: 'quarterly', growthBasis: 'reported_real' });
    expect(of('industrial_value_added')).toMatchObject({ frequency: 'monthly_from_february', growthBasis: 'reported_real' });
    expect(of('fixed_asset_investment')).toMatchObject({ frequency: 'monthly_from_february', growthBasis: 'amounts' });
    expect(of('retail_sales')).toMatchObject({ frequency: 'monthly_from_february' });
    expect(of('urban_disposable_income')).toMatchObject({ frequency: 'quarterly', growthBasis: 'amounts' });
    expect(of('registered_unemployment_rate')).toMatchObject({ frequency: 'quarterly' });
    expect(of('general_budget_revenue')).toMatchObject({ frequency: 'monthly', growthBasis: 'amounts' });
    expect(items.map((i) => [i.code, i.frequency, i.growthBasis])).toEqual(INDICATOR_CATALOGUE.map((d) => [d.code, d.frequency, d.growthBasis]));
  });

  it('tells other features which indicators a month asks for, and which month stands for the others', async () => {
    const rows = await t.database.db.selectFrom('indicators').selectAll().orderBy('sort_order').execute();
    const codes = (month: number) => dueIndicators(rows, month).map((r) => r.code);
    expect(codes(1)).not.toContain('gdp');
    expect(codes(1)).not.toContain('fixed_asset_investment');
    expect(codes(2)).toContain('fixed_asset_investment');
    expect(codes(3)).toEqual(rows.map((r) => r.code));
    const gdp = rows.find((r) => r.code === 'gdp')!;
    expect([latestDueMonthOf(gdp, 5), latestDueMonthOf(gdp, 2)]).toEqual([3, null]);
  });

  it('migration 0020 gives the indicators already installed the frequency and basis of the catalogue', async () => {
    const db = t.database.db;
    await db.schema.alterTable('indicators').dropColumn('growth_basis').execute();
    await db.schema.alterTable('indicators').dropColumn('frequency').execute();
    await up(db);
    const rows = await db.selectFrom('indicators').select(['code', 'frequency', 'growth_basis']).orderBy('sort_order').execute();
    expect(rows.map((r) => [r.code, r.frequency, r.growth_basis])).toEqual(INDICATOR_CATALOGUE.map((d) => [d.code, d.frequency, d.growthBasis]));
  });
});
