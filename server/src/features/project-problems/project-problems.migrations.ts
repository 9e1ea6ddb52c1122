import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The project-problems feature's migrations, in order. Never edit one that has landed; add a new one. */
export const projectProblemsMigrations: Record<string, Migration> = {
  '0100_project_problems': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('project_problems')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('department_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('deadline_days', 'integer', (c) => c.notNull())
        .addColumn('raised_on', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('closed_on', 'text')
        .addColumn('answer', 'text')
        .addColumn('supervised_at', 'text')
        .addColumn('supervision_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('raised_by', 'integer', (c) => c.references('users.id'))
        .addColumn('raised_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('project_problems_district_idx').on('project_problems').columns(['organisation_id', 'status']).execute();
      await db.schema.createIndex('project_problems_department_idx').on('project_problems').columns(['department_id', 'status']).execute();
      await db.schema.createIndex('project_problems_due_idx').on('project_problems').columns(['status', 'due_on']).execute();
      await db.schema.createIndex('project_problems_project_idx').on('project_problems').column('project_id').execute();

      await strictTable(dialect, db.schema.createTable('project_problem_events')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('problem_id', 'integer', (c) => c.notNull().references('project_problems.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('text', 'text')
        .addColumn('department_id', 'integer', (c) => c.references('organisations.id'))
        .addColumn('due_on', 'text')
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('project_problem_events_problem_idx').on('project_problem_events').column('problem_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('project_problem_events').ifExists().execute();
      await db.schema.dropTable('project_problems').ifExists().execute();
    },
  },
  // The overdue list (bench/README.md, issue 10): its page is read in the list's order (status, then
  // raised, then id) and stops at the page's end; its count reads the due dates, districts and
  // departments from the index alone (it replaces the index on status and due date).
  '0171_project_problems_overdue': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.createIndex('project_problems_status_raised_idx').on('project_problems').columns(['status', 'raised_on', 'id']).execute();
      await db.schema.createIndex('project_problems_due_cover_idx').on('project_problems').columns(['status', 'due_on', 'organisation_id', 'department_id']).execute();
      await db.schema.dropIndex('project_problems_due_idx').ifExists().execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.createIndex('project_problems_due_idx').on('project_problems').columns(['status', 'due_on']).execute();
      await db.schema.dropIndex('project_problems_due_cover_idx').ifExists().execute();
      await db.schema.dropIndex('project_problems_status_raised_idx').ifExists().execute();
    },
  },
};
