import { sql, type Kysely } from 'kysely';
import { amountColumnType, dialectOf, idColumn, strictTable } from '../../db/columns';

/**
 * Targets for part of the year as stated (docs/DOMAIN.md "Period targets"): one amount per unit,
 * indicator, year and end month (3 = Q1), with its comparator and source.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('period_targets')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('through_month', 'integer', (c) => c.notNull().check(sql`through_month between 1 and 11`))
    .addColumn('amount_target', amountColumnType(dialect), (c) => c.notNull())
    .addColumn('amount_comparator', 'text', (c) => c.notNull().check(sql`amount_comparator in ('ge','le')`))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('entered'))
    .addColumn('source_ref', 'text')
    .addColumn('source_quote', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('period_targets_uq', ['year', 'organisation_id', 'indicator_id', 'through_month'])).execute();
}
