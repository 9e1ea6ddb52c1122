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

/**
 * 0295: the warning board's cards of the published month (who answers for each card), judged when the
 * month is published and kept with it, so that the month's reports state them as published. Null
 * for months published before it: their reports judge the cards as they did.
 */
export const cardsColumn = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('published_bulletins').addColumn('cards_json', 'text').execute();
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('published_bulletins').dropColumn('cards_json').execute();
  },
};
