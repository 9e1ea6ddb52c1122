import { sql, type Kysely } from 'kysely';
import { amountColumnType, dialectOf, idColumn, strictTable } from '../columns';

/**
 * Indicators module: catalogue, responsibilities, targets, reporting periods,
 * district-month submissions with their figures, every version of every
 * figure, workflow events, warning rules and Excel import batches.
 * Amount columns are scaled 64-bit integers (ADR 0002).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  const id = idColumn(dialect);
  const amount = amountColumnType(dialect);

  await strictTable(dialect, db.schema.createTable('indicators')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_zh_cn', 'text', (c) => c.notNull())
    .addColumn('name_zh_tw', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('cumulative','growth_rate','count','ratio','stock')`))
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('higher','lower')`))
    .addColumn('ytd_non_decreasing', 'integer', (c) => c.notNull().check(sql`ytd_non_decreasing in (0,1)`))
    .addColumn('decimals', 'integer', (c) => c.notNull().check(sql`decimals between 0 and 6`))
    .addColumn('is_key', 'integer', (c) => c.notNull().check(sql`is_key in (0,1)`))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())).execute();

  await strictTable(dialect, db.schema.createTable('indicator_responsibilities')
    .addColumn('id', 'integer', id)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('leader', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('task_force', 'text', (c) => c.notNull())
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('indicator_responsibilities_uq', ['year', 'organisation_id', 'indicator_id'])).execute();

  await strictTable(dialect, db.schema.createTable('targets')
    .addColumn('id', 'integer', id)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('amount_target', amount)
    .addColumn('amount_comparator', 'text', (c) => c.check(sql`amount_comparator in ('ge','le')`))
    .addColumn('growth_target', amount)
    .addColumn('growth_comparator', 'text', (c) => c.check(sql`growth_comparator in ('ge','le')`))
    .addColumn('no_target', 'integer', (c) => c.notNull().defaultTo(0).check(sql`no_target in (0,1)`))
    .addColumn('schedule_json', 'text')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('entered'))
    .addColumn('source_ref', 'text')
    .addColumn('source_quote', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('targets_uq', ['year', 'organisation_id', 'indicator_id'])).execute();

  await strictTable(dialect, db.schema.createTable('reporting_periods')
    .addColumn('id', 'integer', id)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull().check(sql`month between 1 and 12`))
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open','closed')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reporting_periods_uq', ['year', 'month'])).execute();

  await strictTable(dialect, db.schema.createTable('submissions')
    .addColumn('id', 'integer', id)
    .addColumn('period_id', 'integer', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft','submitted','returned','approved','revision_requested')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0).check(sql`late in (0,1)`))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('reason', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('submissions_uq', ['period_id', 'organisation_id'])).execute();

  await strictTable(dialect, db.schema.createTable('figures')
    .addColumn('id', 'integer', id)
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('ytd_value', amount)
    .addColumn('reported_yoy', amount)
    .addColumn('note', 'text')
    .addColumn('returned', 'integer', (c) => c.notNull().defaultTo(0).check(sql`returned in (0,1)`))
    .addColumn('return_reason', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('entered','imported','document','synthetic')`))
    .addColumn('source_ref', 'text')
    .addColumn('source_quote', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('figures_uq', ['submission_id', 'indicator_id'])).execute();

  // Every version of every figure, kept forever: any earlier state of a month can be shown.
  await strictTable(dialect, db.schema.createTable('figure_versions')
    .addColumn('id', 'integer', id)
    .addColumn('figure_id', 'integer', (c) => c.notNull().references('figures.id'))
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('ytd_value', amount)
    .addColumn('reported_yoy', amount)
    .addColumn('note', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'integer')
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addColumn('submission_version', 'integer', (c) => c.notNull())
    .addUniqueConstraint('figure_versions_uq', ['figure_id', 'version'])).execute();

  await strictTable(dialect, db.schema.createTable('submission_events')
    .addColumn('id', 'integer', id)
    .addColumn('submission_id', 'integer', (c) => c.notNull().references('submissions.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('submission_version', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())).execute();
  await db.schema.createIndex('submission_events_sub_idx').on('submission_events').column('submission_id').execute();

  await strictTable(dialect, db.schema.createTable('warning_rules')
    .addColumn('id', 'integer', id)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('preset', 'text', (c) => c.notNull())
    .addColumn('config_json', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().check(sql`enabled in (0,1)`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())).execute();

  await strictTable(dialect, db.schema.createTable('import_batches')
    .addColumn('id', 'integer', id)
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('checked','committed')`))
    .addColumn('rows_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'text')).execute();

  await db.schema.createIndex('figures_indicator_idx').on('figures').column('indicator_id').execute();
  await db.schema.createIndex('submissions_org_idx').on('submissions').column('organisation_id').execute();
  await db.schema.createIndex('figure_versions_sub_idx').on('figure_versions').column('submission_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['import_batches', 'warning_rules', 'submission_events', 'figure_versions', 'figures', 'submissions', 'reporting_periods', 'targets', 'indicator_responsibilities', 'indicators']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
