import { sql } from 'kysely';
import type { Clock } from '../platform/clock';
import { ensureIndicatorCatalogue } from '../features/indicators/indicator-catalogue.seed';
import { ensureIndicatorAliases } from '../features/indicators/indicator-aliases.seed';
import { ensureWarningRules } from '../features/warnings/warning-rules.seed';
import type { DatabaseHandle } from './connection';
import { migrateToLatest } from './migrate';

/** Everything a database needs before the app serves: schema, then the default catalogue and rules. */
export async function prepareDatabase(database: DatabaseHandle, clock: Clock): Promise<void> {
  await migrateToLatest(database.db);
  await ensureIndicatorCatalogue(database.db, clock);
  await ensureIndicatorAliases(database.db, clock);
  await ensureWarningRules(database.db, clock);
  await refreshPlannerStatistics(database);
}

/**
 * SQLite plans queries from statistics that only ANALYZE gathers; without them
 * it picks poor indexes on large tables (the city overview went from ~4 ms to
 * ~100 ms). `PRAGMA optimize` analyses what needs it and is cheap otherwise.
 * PostgreSQL's autovacuum keeps its own statistics (see refreshStatisticsHourly where it is off).
 */
export async function refreshPlannerStatistics(database: DatabaseHandle): Promise<void> {
  if (database.dialect === 'sqlite') await sql`pragma optimize=0x10002`.execute(database.db);
}

/**
 * The running server's hourly refresh: SQLite's as above; on PostgreSQL, where the server's autovacuum
 * is off (it is on by default, but some servers turn it off), the tables autovacuum would have analysed
 * by its default rule — changed rows since the last analysis above 50 + 10 % of the table — are
 * analysed here, so that plans do not depend on that setting. Returns the tables analysed.
 */
export async function refreshStatisticsHourly(database: DatabaseHandle, autovacuum?: 'on' | 'off'): Promise<string[]> {
  if (database.dialect === 'sqlite') {
    await refreshPlannerStatistics(database);
    return [];
  }
  const setting = autovacuum ?? (await sql<{ value: string }>`select current_setting('autovacuum') as value`.execute(database.db)).rows[0]?.value;
  if (setting !== 'off') return [];
  const stale = await sql<{ name: string }>`select quote_ident(relname) as name from pg_stat_user_tables
    where schemaname = current_schema() and n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)
    order by relname`.execute(database.db);
  const names = stale.rows.map((r) => r.name);
  for (const name of names) await sql`analyze ${sql.raw(name)}`.execute(database.db);
  return names;
}
