import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The policies feature's migrations, in order. Never edit one that has landed; add a new one. */
export const policiesMigrations: Record<string, Migration> = {
  '0125_policies': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('policies')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('title', 'text', (c) => c.notNull())
        // 发布机构 and 文号 as the document carries them
        .addColumn('issuer', 'text', (c) => c.notNull())
        .addColumn('document_number', 'text')
        .addColumn('issued_on', 'text', (c) => c.notNull())
        // in force from / to, both included; null: open
        .addColumn('valid_from', 'text')
        .addColumn('valid_to', 'text')
        .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
        // the conditions, JSON arrays: 行业 codes, size classes, flags (all required), district ids
        .addColumn('industries', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('size_classes', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('flags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('district_ids', 'text', (c) => c.notNull().defaultTo('[]'))
        // withdrawn by the city: kept for the record, matched no more
        .addColumn('withdrawn_at', 'text')
        .addColumn('demo_note', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('policies_valid_idx').on('policies').columns(['withdrawn_at', 'valid_to']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('policies').ifExists().execute();
    },
  },
};
