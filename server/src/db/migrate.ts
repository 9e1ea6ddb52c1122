import { Migrator, sql, type Kysely, type MigrationProvider, type Migration } from 'kysely';
import { dialectOf } from './columns';
import { migrations } from './migrations';

/**
 * The migrations that landed before features declared their own (db/migrations/), then each
 * feature's (its manifest's `migrations`), in the order of their names ("0006_projects" …).
 * A name used twice is refused.
 */
export async function allMigrations(): Promise<Record<string, Migration>> {
  const { registeredFeatures } = await import('../platform/features/registry');
  const all: Record<string, Migration> = { ...migrations };
  for (const feature of registeredFeatures()) {
    for (const [name, migration] of Object.entries(('migrations' in feature ? feature.migrations : undefined) ?? {})) {
      if (name in all) throw new Error(`migration ${name} is declared twice (${feature.name})`);
      all[name] = migration as Migration;
    }
  }
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
}

const provider: MigrationProvider = { getMigrations: allMigrations };

/** Brings the schema up to date; throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  // Kysely looks for its own migration tables in every schema unless told
  // which one: another schema of the same PostgreSQL database (a parallel
  // test file, another application) would pass for ours. Name ours.
  let migrationTableSchema: string | undefined;
  if ((await dialectOf(db)) === 'postgres') {
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
    migrationTableSchema = rows[0]?.schema;
  }
  const migrator = new Migrator({ db, provider, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`database migration failed${name}: ${String(error)}`, { cause: error });
  }
}
