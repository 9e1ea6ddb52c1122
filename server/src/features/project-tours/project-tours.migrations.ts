import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The project-tours feature's migrations, in order. Never edit one that has landed; add a new one. */
export const projectToursMigrations: Record<string, Migration> = {
  '0115_project_tours': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('project_tours')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('tour_date', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('source_file', 'text')
        .addColumn('source_quote', 'text')
        .addColumn('demo_note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('project_tours_date_idx').on('project_tours').column('tour_date').execute();

      await strictTable(dialect, db.schema.createTable('project_tour_criteria')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('tour_id', 'integer', (c) => c.notNull().references('project_tours.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('weight', 'integer', (c) => c.notNull())
        .addUniqueConstraint('project_tour_criteria_key', ['tour_id', 'position'])).execute();

      await strictTable(dialect, db.schema.createTable('project_tour_judges')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('tour_id', 'integer', (c) => c.notNull().references('project_tours.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addUniqueConstraint('project_tour_judges_key', ['tour_id', 'user_id'])).execute();
      await db.schema.createIndex('project_tour_judges_user_idx').on('project_tour_judges').column('user_id').execute();

      await strictTable(dialect, db.schema.createTable('project_tour_stops')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('tour_id', 'integer', (c) => c.notNull().references('project_tours.id'))
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('position', 'integer')
        .addColumn('nominated_by', 'integer', (c) => c.references('users.id'))
        .addColumn('nominated_at', 'text', (c) => c.notNull())
        .addColumn('source_quote', 'text')
        .addUniqueConstraint('project_tour_stops_key', ['tour_id', 'project_id'])).execute();
      await db.schema.createIndex('project_tour_stops_project_idx').on('project_tour_stops').column('project_id').execute();

      await strictTable(dialect, db.schema.createTable('project_tour_scores')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('tour_id', 'integer', (c) => c.notNull().references('project_tours.id'))
        .addColumn('stop_id', 'integer', (c) => c.notNull().references('project_tour_stops.id'))
        .addColumn('judge_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('criterion_id', 'integer', (c) => c.notNull().references('project_tour_criteria.id'))
        .addColumn('tenths', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('project_tour_scores_key', ['stop_id', 'judge_id', 'criterion_id'])).execute();
      await db.schema.createIndex('project_tour_scores_tour_idx').on('project_tour_scores').column('tour_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['project_tour_scores', 'project_tour_stops', 'project_tour_judges', 'project_tour_criteria', 'project_tours']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
};
