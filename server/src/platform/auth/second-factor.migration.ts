import type { Kysely } from 'kysely';
import { dialectOf, strictTable } from '../../db/columns';

/**
 * The second factor: each user's TOTP secret and the last step accepted, the hashed recovery
 * codes, and on sessions the sign-in step a session still waits for (existing sessions are
 * signed in: null).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('second_factors')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
  await strictTable(dialect, db.schema.createTable('second_factor_recovery_codes')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('second_factor_recovery_codes_pk', ['user_id', 'code_hash'])).execute();
  await db.schema.alterTable('sessions').addColumn('pending', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('pending').execute();
  for (const table of ['second_factor_recovery_codes', 'second_factors']) await db.schema.dropTable(table).ifExists().execute();
}
