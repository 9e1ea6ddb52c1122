import { Migrator, sql, type Kysely, type MigrationProvider, type Migration } from 'kysely';
import { dialectOf } from './columns';
import { migrations } from './migrations';

const provider: MigrationProvider = {
  getMigrations: async (): Promise<Record<string, Migration>> => migrations,
};

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
