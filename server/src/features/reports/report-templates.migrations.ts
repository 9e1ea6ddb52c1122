import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The house-style templates' migrations (0195–0199), in order. Never edit one that has landed; add a new one. */
export const reportTemplatesMigrations: Record<string, Migration> = {
  '0195_report_templates': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('report_templates')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('file_key', 'text', (c) => c.notNull().unique())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('size_bytes', 'integer', (c) => c.notNull())
        .addColumn('placeholders_json', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('report_templates_organisation_idx').on('report_templates').columns(['organisation_id', 'id']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('report_templates').ifExists().execute();
    },
  },
};
