import type { Kysely } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** published_bulletins: a month's overview as the city published it (bulletins.table.ts). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('published_bulletins')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('city_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addColumn('published_by_name', 'text', (c) => c.notNull())
    .addColumn('body_json', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())).execute();
  await db.schema.createIndex('published_bulletins_period_idx').on('published_bulletins').columns(['city_id', 'period_key']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('published_bulletins').ifExists().execute();
}
