import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The reference-figures feature's migrations, in order (0160–0169). Never edit one that has landed; add a new one. */
export const referenceFiguresMigrations: Record<string, Migration> = {
  '0160_reference_figures': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('reference_figures')
        .addColumn('id', 'integer', idColumn(dialect))
        // the district-month it is the reference of
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('month', 'integer', (c) => c.notNull())
        .addColumn('indicator_id', 'integer', (c) => c.notNull().references('indicators.id'))
        // value, unit and growth exactly as written, as text: "360.0" keeps its written decimal, the cross-check's tolerance
        .addColumn('value', 'text')
        .addColumn('unit', 'text')
        .addColumn('yoy_pct', 'text')
        .addColumn('comparator', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        // the period as the document wrote it ("2026-01..03")
        .addColumn('figure_period', 'text', (c) => c.notNull())
        // the document and its figure; title and quote copied, so the label outlives a withdrawn document
        .addColumn('document_id', 'integer', (c) => c.notNull())
        .addColumn('document_title', 'text', (c) => c.notNull())
        .addColumn('figure_id', 'integer', (c) => c.notNull().unique())
        .addColumn('quote', 'text', (c) => c.notNull())
        .addColumn('accepted_by', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('accepted_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('reference_figures_month_idx').on('reference_figures').columns(['organisation_id', 'year', 'month']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('reference_figures').ifExists().execute();
    },
  },
};
