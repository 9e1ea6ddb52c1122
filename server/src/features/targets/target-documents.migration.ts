import { sql, type Kysely } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** Documents beside a year's targets (目标责任书, 下达文件): which year, what kind, whom they concern, the stored file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('target_documents')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('responsibility','notice','other')`))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('file_key', 'text', (c) => c.notNull().unique())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())).execute();
  await db.schema.createIndex('target_documents_year_idx').on('target_documents').columns(['year', 'organisation_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('target_documents').ifExists().execute();
}
