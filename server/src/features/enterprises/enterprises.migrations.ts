import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The enterprises feature's migrations, in order. Never edit one that has landed; add a new one. */
export const enterprisesMigrations: Record<string, Migration> = {
  '0120_enterprises': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('enterprises')
        .addColumn('id', 'integer', idColumn(dialect))
        // 统一社会信用代码: one record per code across the city (check character verified before insert)
        .addColumn('credit_code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        // the name's 拼音 without tones or spaces, and its 首字母, both lower case, for search
        .addColumn('name_pinyin', 'text', (c) => c.notNull())
        .addColumn('name_initials', 'text', (c) => c.notNull())
        // the district (or zone) that serves the enterprise; its scope decides who sees the record
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprises_organisation_idx').on('enterprises').column('organisation_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('enterprises').ifExists().execute();
    },
  },
};
