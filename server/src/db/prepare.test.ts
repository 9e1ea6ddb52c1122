import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../test/dialects';
import { refreshStatisticsHourly } from './prepare';

describeEachDialect('the hourly refresh of the planner statistics', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.dispose());

  if (dialect === 'sqlite') {
    it('SQLite: optimised, no table named', async () => {
      expect(await refreshStatisticsHourly(database)).toEqual([]);
    });
    return;
  }

  const lastAnalysed = async () => (await sql<{ at: Date | null }>`select last_analyze as at from pg_stat_user_tables
    where schemaname = current_schema() and relname = 'statistics_probe'`.execute(database.db)).rows[0]?.at ?? null;

  it('PostgreSQL with autovacuum off: a table changed beyond autovacuum\'s rule is analysed, once; with autovacuum on nothing is', async () => {
    await sql`create table statistics_probe (id integer primary key, label text not null)`.execute(database.db);
    await sql`insert into statistics_probe select n, 'row ' || n from generate_series(1, 500) as n`.execute(database.db);
    // The server's own setting decides when none is given; autovacuum on leaves the statistics to it.
    expect(await refreshStatisticsHourly(database, 'on')).toEqual([]);
    expect(await lastAnalysed()).toBeNull();
    // The counts of changed rows reach the statistics views within about a second.
    await expect.poll(() => refreshStatisticsHourly(database, 'off'), { timeout: 5_000, interval: 200 }).toContain('statistics_probe');
    expect(await lastAnalysed()).not.toBeNull();
    // Analysed: not again until it changes beyond the rule (50 rows + 10 % of the table).
    expect(await refreshStatisticsHourly(database, 'off')).not.toContain('statistics_probe');
    await sql`update statistics_probe set label = label || '!' where id <= 20`.execute(database.db);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await refreshStatisticsHourly(database, 'off')).not.toContain('statistics_probe');
  });
});
