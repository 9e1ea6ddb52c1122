import type { Kysely, Migration } from 'kysely';
import { amountColumnType, dialectOf, idColumn, strictTable } from '../../db/columns';

/** The enterprise-service feature's migrations, in order. Never edit one that has landed; add a new one. */
export const enterpriseServiceMigrations: Record<string, Migration> = {
  '0140_enterprise_problems': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('enterprise_visits')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('visited_on', 'text', (c) => c.notNull())
        .addColumn('visitor_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_visits_enterprise_idx').on('enterprise_visits').columns(['enterprise_id', 'visited_on']).execute();

      await strictTable(dialect, db.schema.createTable('enterprise_problems')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('enterprise_id', 'integer', (c) => c.notNull().references('enterprises.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('department_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('raised_via', 'text', (c) => c.notNull())
        .addColumn('visit_id', 'integer', (c) => c.references('enterprise_visits.id'))
        .addColumn('raised_on', 'text', (c) => c.notNull())
        .addColumn('acknowledge_due_on', 'text', (c) => c.notNull())
        .addColumn('answer_due_on', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text')
        .addColumn('acknowledged_on', 'text')
        .addColumn('answered_on', 'text')
        .addColumn('closed_on', 'text')
        .addColumn('closed_by_city', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('answer', 'text')
        .addColumn('satisfaction', 'integer')
        .addColumn('supervision_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('raised_by', 'integer', (c) => c.references('users.id'))
        .addColumn('raised_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      // The overdue list is a range of the running deadline (null once answered or closed), in every scope.
      await db.schema.createIndex('enterprise_problems_due_idx').on('enterprise_problems').columns(['due_on', 'id']).execute();
      await db.schema.createIndex('enterprise_problems_district_idx').on('enterprise_problems').columns(['organisation_id', 'due_on']).execute();
      await db.schema.createIndex('enterprise_problems_department_idx').on('enterprise_problems').columns(['department_id', 'due_on']).execute();
      await db.schema.createIndex('enterprise_problems_raised_idx').on('enterprise_problems').columns(['organisation_id', 'raised_on']).execute();
      await db.schema.createIndex('enterprise_problems_enterprise_idx').on('enterprise_problems').column('enterprise_id').execute();

      await strictTable(dialect, db.schema.createTable('enterprise_problem_events')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('problem_id', 'integer', (c) => c.notNull().references('enterprise_problems.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('satisfaction', 'integer')
        .addColumn('due_on', 'text')
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_problem_events_problem_idx').on('enterprise_problem_events').column('problem_id').execute();

      await strictTable(dialect, db.schema.createTable('enterprise_liaisons')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('enterprise_id', 'integer', (c) => c.notNull().unique().references('enterprises.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('last_visited_on', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_liaisons_visit_idx').on('enterprise_liaisons').columns(['organisation_id', 'last_visited_on']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['enterprise_liaisons', 'enterprise_problem_events', 'enterprise_problems', 'enterprise_visits']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
  '0141_enterprise_cultivation': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('cultivation_candidates')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('enterprise_id', 'integer', (c) => c.notNull().unique().references('enterprises.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('revenue_wan', amountColumnType(dialect), (c) => c.notNull())
        .addColumn('revenue_month', 'text', (c) => c.notNull())
        .addColumn('expected_month', 'text')
        .addColumn('entered_month', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('cultivation_candidates_organisation_idx').on('cultivation_candidates').columns(['organisation_id', 'entered_month']).execute();

      await strictTable(dialect, db.schema.createTable('cultivation_targets')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('group_kind', 'text', (c) => c.notNull())
        .addColumn('target', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('cultivation_targets_unique', ['organisation_id', 'year', 'period', 'group_kind'])).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('cultivation_targets').ifExists().execute();
      await db.schema.dropTable('cultivation_candidates').ifExists().execute();
    },
  },
  // Demo problems say where they come from: 'document' with the seed file and its sentence, or 'synthetic'.
  '0181_enterprise_problems_demo_sources': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      for (const column of ['demo_source', 'source_file', 'source_quote']) await db.schema.alterTable('enterprise_problems').addColumn(column, 'text').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const column of ['source_quote', 'source_file', 'demo_source']) await db.schema.alterTable('enterprise_problems').dropColumn(column).execute();
    },
  },
  // The overdue list reads the range of running deadlines with the two sides' ids from the index
  // alone (no join, no table read), then only the page's rows.
  '0183_enterprise_problems_overdue_index': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.createIndex('enterprise_problems_overdue_idx').on('enterprise_problems').columns(['due_on', 'organisation_id', 'department_id', 'id']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('enterprise_problems_overdue_idx').ifExists().execute();
    },
  },
};
