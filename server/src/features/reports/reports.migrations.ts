import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The reports feature's migrations, in order. Never edit one that has landed; add a new one. */
export const reportsMigrations: Record<string, Migration> = {
  '0190_reports': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('reports')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('provisional', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('snapshot_hash', 'text', (c) => c.notNull())
        .addColumn('snapshot_published_at', 'text', (c) => c.notNull())
        .addColumn('document_json', 'text', (c) => c.notNull())
        .addColumn('docx_key', 'text', (c) => c.notNull())
        .addColumn('docx_sha256', 'text', (c) => c.notNull())
        .addColumn('xlsx_key', 'text', (c) => c.notNull())
        .addColumn('xlsx_sha256', 'text', (c) => c.notNull())
        .addColumn('template_id', 'integer')
        .addColumn('job_id', 'integer', (c) => c.unique())
        .addColumn('generated_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('generated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('reports_revision_unique', ['kind', 'period_key', 'organisation_id', 'revision'])).execute();
      await db.schema.createIndex('reports_organisation_idx').on('reports').columns(['organisation_id', 'kind', 'period_key']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('reports').ifExists().execute();
    },
  },
  '0292_reports_document_gz': {
    // The document model as gzip bytes made by the render worker (the server's thread never holds the
    // JSON text at generation); rows written before keep document_json, new rows write '' there.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await db.schema.alterTable('reports').addColumn('document_gz', dialect === 'sqlite' ? 'blob' : 'bytea').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.alterTable('reports').dropColumn('document_gz').execute();
    },
  },
};
