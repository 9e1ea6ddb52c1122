import { sql, type Kysely } from 'kysely';
import { amountColumnType, dialectOf, idColumn, strictTable } from '../columns';

/**
 * Q1 开门红 weekly tracking (以周保月、以月保季): a district's year-to-date value of a key
 * indicator at the end of each week of the first quarter (week 1–13). Scaled amounts (ADR 0002);
 * one row per year × organisation × indicator × week, versioned for stale-edit checks.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = await dialectOf(db);
  await strictTable(dialect, db.schema.createTable('q1_weekly_figures')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
    .addColumn('week', 'integer', (c) => c.notNull().check(sql`week between 1 and 13`))
    .addColumn('ytd_value', amountColumnType(dialect))
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('q1_weekly_figures_key', ['year', 'organisation_id', 'indicator_id', 'week'])).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('q1_weekly_figures').ifExists().execute();
}
