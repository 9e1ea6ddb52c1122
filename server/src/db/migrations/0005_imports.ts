import { sql, type Kysely } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../columns';

/**
 * One table for every Excel import (expand step). `imports` replaces
 * import_batches (0002, district-month figures) and target_import_batches
 * (0003, the city's targets): a row has a `kind` and a `subject` (what the
 * file was for, canonical JSON). The existing rows are copied: figure batches
 * keep their ids (the web app and audit rows name them), target batches get
 * new ids after them and keep their old one in `legacy_id`. The old tables
 * stay, read-only, until a later migration drops them (contract step).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('imports')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id'))
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
    .addColumn('committed_at', 'text')
    .addColumn('legacy_id', 'integer')).execute();
  await db.schema.createIndex('imports_subject_idx').on('imports').columns(['kind', 'subject', 'file_sha256']).execute();

  // Figure batches kept blocking and counts inside rows_json; committed_by was not recorded.
  const json = dialect === 'sqlite'
    ? { blocking: sql`coalesce(json_extract(rows_json, '$.blocking'), 0)`, rows: sql`json_array_length(rows_json, '$.figures')`, problems: sql`coalesce(json_extract(rows_json, '$.problems'), 0)` }
    : {
      blocking: sql`case when (rows_json::json->>'blocking') = 'true' then 1 else 0 end`,
      rows: sql`json_array_length(rows_json::json->'figures')`,
      problems: sql`coalesce((rows_json::json->>'problems')::integer, 0)`,
    };
  await sql`insert into imports (id, kind, subject, organisation_id, file_sha256, file_name, status, blocking, row_count, problem_count,
      rows_json, before_json, created_by, created_at, committed_by, committed_at, legacy_id)
    select id, 'figures', '{"organisationId":' || organisation_id || ',"periodId":' || period_id || '}', organisation_id, file_sha256, file_name,
      status, ${json.blocking}, ${json.rows}, ${json.problems}, rows_json, null, created_by, created_at, null, committed_at, null
    from import_batches order by id`.execute(db);
  if (dialect === 'postgres') {
    await sql`select setval(pg_get_serial_sequence('imports', 'id'), coalesce((select max(id) from imports), 0) + 1, false)`.execute(db);
  }
  await sql`insert into imports (kind, subject, organisation_id, file_sha256, file_name, status, blocking, row_count, problem_count,
      rows_json, before_json, created_by, created_at, committed_by, committed_at, legacy_id)
    select 'targets', '{"year":' || year || '}', null, file_sha256, file_name, status, blocking, row_count, problem_count,
      rows_json, before_json, created_by, created_at, committed_by, committed_at, id
    from target_import_batches order by id`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('imports').ifExists().execute();
}
