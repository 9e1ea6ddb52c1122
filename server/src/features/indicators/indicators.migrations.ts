import { sql, type Kysely } from 'kysely';

/**
 * How often each indicator is reported and on which basis its growth is (docs/DOMAIN.md "Reporting
 * frequency", "Growth basis"). Indicators the catalogue shipped get the frequency of their first
 * release: GDP, per-capita disposable income and the registered unemployment rate quarterly; the
 * industrial, investment, retail and trade figures from 1-2月; GDP and industrial value added carry
 * real growth (at constant prices), reported. Written here as they were decided, not read from the
 * catalogue, so the migration stays what it was when it ran.
 */
const FREQUENCIES: Record<string, string[]> = {
  quarterly: ['gdp', 'urban_disposable_income', 'registered_unemployment_rate'],
  monthly_from_february: [
    'fixed_asset_investment', 'industrial_investment', 'real_estate_investment', 'retail_sales',
    'industrial_output', 'industrial_value_added', 'foreign_trade',
  ],
};
const REPORTED_REAL = ['gdp', 'industrial_value_added'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('indicators')
    .addColumn('frequency', 'text', (c) => c.notNull().defaultTo('monthly')
      .check(sql`frequency in ('monthly','monthly_from_february','quarterly','half_yearly','annual')`))
    .execute();
  await db.schema.alterTable('indicators')
    .addColumn('growth_basis', 'text', (c) => c.notNull().defaultTo('amounts').check(sql`growth_basis in ('amounts','reported_real')`))
    .execute();
  for (const [frequency, codes] of Object.entries(FREQUENCIES)) {
    await db.updateTable('indicators').set({ frequency }).where('code', 'in', codes).execute();
  }
  await db.updateTable('indicators').set({ growth_basis: 'reported_real' }).where('code', 'in', REPORTED_REAL).execute();
}
