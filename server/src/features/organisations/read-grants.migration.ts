import type { Kysely } from 'kysely';
import { dialectOf, strictTable } from '../../db/columns';

/**
 * Read grants (docs/DOMAIN.md "Read grants"): a department may read another organisation's
 * subtree. A grant goes with either organisation when it is deleted.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('organisation_read_grants')
    .addColumn('department_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('organisation_read_grants_pk', ['department_id', 'organisation_id'])).execute();
  await db.schema.createIndex('organisation_read_grants_organisation').on('organisation_read_grants').column('organisation_id').execute();
}
