import type { Kysely, Migration } from 'kysely';
import { amountColumnType, dialectOf, idColumn, strictTable } from '../../db/columns';
import type { Executor } from '../../db/database';
import { rebuildProjectTotals } from './project-totals';

const MILESTONES = ['signing', 'land', 'planning', 'eia', 'construction_permit', 'start', 'completion', 'production'] as const;

/** The projects feature's migrations, in order. Never edit one that has landed; add a new one. */
export const projectsMigrations: Record<string, Migration> = {
  '0015_projects': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      const amount = amountColumnType(dialect);
      let projects = db.schema.createTable('projects')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('code', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('industry', 'text', (c) => c.notNull())
        .addColumn('owner_name', 'text', (c) => c.notNull())
        .addColumn('owner_credit_code', 'text')
        .addColumn('total_investment', amount, (c) => c.notNull())
        .addColumn('annual_plan', amount, (c) => c.notNull())
        .addColumn('plan_year', 'integer', (c) => c.notNull())
        .addColumn('schedule_json', 'text')
        .addColumn('year_status', 'text', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull());
      for (const which of ['planned', 'actual']) {
        for (const m of MILESTONES) projects = projects.addColumn(`${which}_${m}`, 'text');
      }
      projects = projects
        .addColumn('contact_leader', 'text', (c) => c.notNull())
        .addColumn('responsible_department', 'text', (c) => c.notNull())
        .addColumn('task_force', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('longitude', amount)
        .addColumn('latitude', amount)
        .addColumn('tags_json', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_ref', 'text')
        .addColumn('source_quote', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull());
      await strictTable(dialect, projects).execute();
      await db.schema.createIndex('projects_organisation_idx').on('projects').columns(['organisation_id', 'code']).execute();
      await db.schema.createIndex('projects_name_key_idx').on('projects').column('name_key').execute();
      await db.schema.createIndex('projects_owner_idx').on('projects').column('owner_credit_code').execute();

      await strictTable(dialect, db.schema.createTable('project_reports')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('project_id', 'integer', (c) => c.notNull().references('projects.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('month', 'integer', (c) => c.notNull())
        .addColumn('month_investment', amount, (c) => c.notNull())
        .addColumn('ytd_investment', amount, (c) => c.notNull())
        .addColumn('progress_text', 'text', (c) => c.notNull())
        .addColumn('problems', 'text', (c) => c.notNull())
        .addColumn('next_steps', 'text', (c) => c.notNull())
        .addColumn('in_statistics', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('reason', 'text')
        .addColumn('submitted_at', 'text')
        .addColumn('approved_at', 'text')
        .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('project_reports_month_key', ['project_id', 'year', 'month'])).execute();
      await db.schema.createIndex('project_reports_district_month_idx').on('project_reports').columns(['organisation_id', 'year', 'month']).execute();

      await strictTable(dialect, db.schema.createTable('project_report_events')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('report_id', 'integer', (c) => c.notNull().references('project_reports.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('report_version', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('project_report_events_report_idx').on('project_report_events').column('report_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('project_report_events').ifExists().execute();
      await db.schema.dropTable('project_reports').ifExists().execute();
      await db.schema.dropTable('projects').ifExists().execute();
    },
  },
  // Measured by the projects benchmark (bench/README.md): the city's district-month aggregate sums one
  // year's filed reports up to a month across every district; with the month's investment in the
  // index (covering) it is read from the index alone instead of 3.6 M table rows at the size.
  '0116_project_reports_month_cover': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.createIndex('project_reports_month_cover_idx').on('project_reports')
        .columns(['year', 'month', 'organisation_id', 'status', 'month_investment']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('project_reports_month_cover_idx').ifExists().execute();
    },
  },
  // The dashboard's district-month aggregate read from stored totals (bench/README.md, issue 10): per
  // district and year its projects of that plan year, and month by month the plans' share, the
  // starts and the filed reports' sums, kept by every write (project-totals.ts); filled here from
  // what is stored.
  '0170_project_district_totals': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      const amount = amountColumnType(dialect);
      await strictTable(dialect, db.schema.createTable('project_district_years')
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('project_count', 'integer', (c) => c.notNull())
        .addColumn('annual_plan', amount, (c) => c.notNull())
        .addColumn('by_stage_json', 'text', (c) => c.notNull())
        .addColumn('by_year_status_json', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('project_district_years_pk', ['organisation_id', 'year'])).execute();
      let months = db.schema.createTable('project_district_months')
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('month', 'integer', (c) => c.notNull())
        .addColumn('planned_investment', amount, (c) => c.notNull())
        .addColumn('planned_starts', 'integer', (c) => c.notNull())
        .addColumn('starts_reached', 'integer', (c) => c.notNull())
        .addColumn('filed_count', 'integer', (c) => c.notNull())
        .addColumn('filed_investment', amount, (c) => c.notNull())
        .addColumn('filed_ytd', amount, (c) => c.notNull())
        .addColumn('in_statistics_count', 'integer', (c) => c.notNull())
        .addColumn('in_statistics_ytd', amount, (c) => c.notNull());
      months = months.addPrimaryKeyConstraint('project_district_months_pk', ['organisation_id', 'year', 'month']);
      await strictTable(dialect, months).execute();
      await db.schema.createIndex('project_district_years_year_idx').on('project_district_years').column('year').execute();
      await db.schema.createIndex('project_district_months_year_idx').on('project_district_months').columns(['year', 'month']).execute();
      // The dashboard's own projects (包联) of a leader in a plan year.
      await db.schema.createIndex('projects_contact_leader_idx').on('projects').columns(['contact_leader', 'plan_year']).execute();
      await rebuildProjectTotals(db as unknown as Executor);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('projects_contact_leader_idx').ifExists().execute();
      await db.schema.dropTable('project_district_months').ifExists().execute();
      await db.schema.dropTable('project_district_years').ifExists().execute();
    },
  },
};
