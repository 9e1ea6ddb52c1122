import type { Kysely, Migration } from 'kysely';
import { amountColumnType, dialectOf, idColumn, strictTable } from '../../db/columns';

/** The project-dispatch feature's migrations, in order. Never edit one that has landed; add a new one. */
export const projectDispatchMigrations: Record<string, Migration> = {
  '0110_project_dispatch': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      const amount = amountColumnType(dialect);
      await strictTable(dialect, db.schema.createTable('project_boundaries')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('geojson', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
        .addColumn('uploaded_at', 'text', (c) => c.notNull())).execute();

      await strictTable(dialect, db.schema.createTable('project_city_approvals')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('project_id', 'integer', (c) => c.notNull().unique().references('projects.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('project_version', 'integer', (c) => c.notNull())
        .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
        .addColumn('approved_at', 'text', (c) => c.notNull())).execute();

      await strictTable(dialect, db.schema.createTable('project_events')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('held_in', 'text', (c) => c.notNull())
        .addColumn('project_count', 'integer')
        .addColumn('total_investment', amount)
        .addColumn('source_file', 'text')
        .addColumn('source_quote', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await strictTable(dialect, db.schema.createTable('project_event_projects')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('event_id', 'integer', (c) => c.notNull().references('project_events.id'))
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
        .addUniqueConstraint('project_event_projects_key', ['event_id', 'project_id'])).execute();

      // The dispatch reads a district's month of reports and each project's year: the aggregates
      // go by (year, month) across districts and by project within the year.
      await db.schema.createIndex('project_reports_year_month_idx').on('project_reports').columns(['year', 'month', 'organisation_id']).execute();
      await db.schema.createIndex('projects_plan_year_idx').on('projects').columns(['plan_year', 'organisation_id']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('projects_plan_year_idx').ifExists().execute();
      await db.schema.dropIndex('project_reports_year_month_idx').ifExists().execute();
      for (const table of ['project_event_projects', 'project_events', 'project_city_approvals', 'project_boundaries']) await db.schema.dropTable(table).ifExists().execute();
    },
  },
};
