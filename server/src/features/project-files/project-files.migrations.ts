import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The project-files feature's migrations, in order. Never edit one that has landed; add a new one. */
export const projectFilesMigrations: Record<string, Migration> = {
  '0101_attachments': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('attachments')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('parent_kind', 'text', (c) => c.notNull())
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
        .addColumn('report_id', 'integer', (c) => c.references('project_reports.id'))
        .addColumn('problem_id', 'integer', (c) => c.references('project_problems.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('file_key', 'text', (c) => c.notNull().unique())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size_bytes', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('taken_at', 'text')
        .addColumn('latitude', 'text')
        .addColumn('longitude', 'text')
        .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('attachments_project_idx').on('attachments').columns(['project_id', 'parent_kind']).execute();
      await db.schema.createIndex('attachments_problem_idx').on('attachments').column('problem_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('attachments').ifExists().execute();
    },
  },
};
