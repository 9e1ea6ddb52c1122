import { sql, type Kysely } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../columns';

/**
 * Targets imported from Excel: one row per uploaded file, checked (dry run)
 * then committed. import_batches (0002) belongs to one district-month
 * (organisation and period NOT NULL); a targets file spans many organisations
 * and up to several years, so it gets its own table.
 * `rows_json` holds the parsed targets with the version each was checked
 * against; `before_json` the previous values of what the commit changed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('target_import_batches')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('checked','committed')`))
    .addColumn('blocking', 'integer', (c) => c.notNull().check(sql`blocking in (0,1)`))
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('problem_count', 'integer', (c) => c.notNull())
    .addColumn('rows_json', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('committed_at', 'text')).execute();
  await db.schema.createIndex('target_import_batches_sha_idx').on('target_import_batches').columns(['file_sha256', 'year']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('target_import_batches').ifExists().execute();
}
