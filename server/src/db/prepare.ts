import type { Clock } from '../platform/clock';
import { ensureIndicatorCatalogue } from '../features/indicators/indicator-catalogue.seed';
import { ensureWarningRules } from '../features/warnings/warning-rules.seed';
import type { DatabaseHandle } from './connection';
import { migrateToLatest } from './migrate';

/** Everything a database needs before the app serves: schema, then the default catalogue. */
export async function prepareDatabase(database: DatabaseHandle, clock: Clock): Promise<void> {
  await migrateToLatest(database.db);
  await ensureIndicatorCatalogue(database.db, clock);
  await ensureWarningRules(database.db, clock);
}
