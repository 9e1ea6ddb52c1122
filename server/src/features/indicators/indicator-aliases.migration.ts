import { sql, type Kysely } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** indicator_aliases: the other names of each indicator (indicator-aliases.table.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('indicator_aliases')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('alias_key', 'text', (c) => c.notNull().unique())
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('default','city')`))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')).execute();
  await db.schema.createIndex('indicator_aliases_indicator_idx').on('indicator_aliases').column('indicator_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('indicator_aliases').ifExists().execute();
}
