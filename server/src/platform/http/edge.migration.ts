import type { Kysely } from 'kysely';
import { dialectOf, strictTable } from '../../db/columns';

/**
 * The public edge's state, shared by every app server: rate-limit windows, failed sign-ins per
 * account and address (the lock applies to the addresses that failed), failed sign-ins per
 * address across accounts (password spraying).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('reset_at', 'text', (c) => c.notNull())).execute();
  await strictTable(dialect, db.schema.createTable('login_failures')
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locks', 'integer', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('login_failures_pk', ['username', 'ip'])).execute();
  await strictTable(dialect, db.schema.createTable('login_throttle')
    .addColumn('ip', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('strikes', 'integer', (c) => c.notNull())
    .addColumn('blocked_until', 'text')).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['login_throttle', 'login_failures', 'rate_limits']) await db.schema.dropTable(table).ifExists().execute();
}
