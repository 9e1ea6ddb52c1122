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
 * PostgreSQL's autovacuum keeps its own statistics.
 */
export async function refreshPlannerStatistics(database: DatabaseHandle): Promise<void> {
  if (database.dialect === 'sqlite') await sql`pragma optimize=0x10002`.execute(database.db);
}
