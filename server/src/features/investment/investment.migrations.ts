import type { Kysely, Migration } from 'kysely';
import { amountColumnType, dialectOf, idColumn, strictTable } from '../../db/columns';

/** The investment feature's migrations, in order. Never edit one that has landed; add a new one. */
export const investmentMigrations: Record<string, Migration> = {
  '0130_investment': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      const amount = amountColumnType(dialect);
      await strictTable(dialect, db.schema.createTable('investment_activities')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('investment_activities_organisation_idx').on('investment_activities').columns(['organisation_id', 'held_on']).execute();

      await strictTable(dialect, db.schema.createTable('investment_leads')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('project_name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('investor_name', 'text', (c) => c.notNull())
        .addColumn('investor_credit_code', 'text')
        .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('industry', 'text', (c) => c.notNull())
        .addColumn('intended_investment', amount, (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('stage_since', 'text', (c) => c.notNull())
        .addColumn('contact_name', 'text', (c) => c.notNull())
        .addColumn('contact_phone', 'text', (c) => c.notNull())
        .addColumn('owner_name', 'text', (c) => c.notNull())
        .addColumn('next_step', 'text', (c) => c.notNull())
        .addColumn('next_step_on', 'text')
        .addColumn('last_activity_on', 'text', (c) => c.notNull())
        .addColumn('activity_id', 'integer', (c) => c.references('investment_activities.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('investment_leads_organisation_idx').on('investment_leads').columns(['organisation_id', 'stage']).execute();
      await db.schema.createIndex('investment_leads_name_key_idx').on('investment_leads').column('name_key').execute();
      await db.schema.createIndex('investment_leads_credit_code_idx').on('investment_leads').column('investor_credit_code').execute();
      await db.schema.createIndex('investment_leads_activity_idx').on('investment_leads').column('activity_id').execute();

      await strictTable(dialect, db.schema.createTable('investment_lead_events')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('lead_id', 'integer', (c) => c.notNull().references('investment_leads.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('from_stage', 'text')
        .addColumn('to_stage', 'text')
        .addColumn('days_in_stage', 'integer')
        .addColumn('text', 'text')
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('investment_lead_events_lead_idx').on('investment_lead_events').column('lead_id').execute();
      await db.schema.createIndex('investment_lead_events_stage_idx').on('investment_lead_events').columns(['organisation_id', 'kind', 'from_stage']).execute();

      await strictTable(dialect, db.schema.createTable('investment_contracts')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('lead_id', 'integer', (c) => c.notNull().unique().references('investment_leads.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('currency', 'text', (c) => c.notNull())
        .addColumn('amount', amount, (c) => c.notNull())
        .addColumn('signed_on', 'text', (c) => c.notNull())
        .addColumn('terms', 'text', (c) => c.notNull())
        .addColumn('milestones_json', 'text', (c) => c.notNull())
        .addColumn('activity_id', 'integer', (c) => c.references('investment_activities.id'))
        .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('investment_contracts_organisation_idx').on('investment_contracts').columns(['organisation_id', 'signed_on']).execute();
      await db.schema.createIndex('investment_contracts_activity_idx').on('investment_contracts').column('activity_id').execute();

      await strictTable(dialect, db.schema.createTable('investment_funds')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('contract_id', 'integer', (c) => c.notNull().references('investment_contracts.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('amount', amount, (c) => c.notNull())
        .addColumn('reported_by', 'integer', (c) => c.references('users.id'))
        .addColumn('reported_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('investment_funds_month_unique', ['contract_id', 'month', 'kind'])).execute();
      await db.schema.createIndex('investment_funds_organisation_idx').on('investment_funds').columns(['organisation_id', 'month']).execute();

      await strictTable(dialect, db.schema.createTable('investment_settings')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('stale_days', 'integer', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.insertInto('investment_settings').values({ id: 1, stale_days: 30, version: 1, updated_at: '1970-01-01T00:00:00.000Z' }).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['investment_settings', 'investment_funds', 'investment_contracts', 'investment_lead_events', 'investment_leads', 'investment_activities']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
  // The funnel reads leads by district and stage with their intended investment, and stage moves
  // with their days, from the indexes alone.
  '0131_investment_funnel_indexes': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.createIndex('investment_leads_funnel_idx').on('investment_leads').columns(['organisation_id', 'stage', 'intended_investment']).execute();
      await db.schema.createIndex('investment_lead_events_funnel_idx').on('investment_lead_events').columns(['organisation_id', 'kind', 'from_stage', 'days_in_stage']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('investment_lead_events_funnel_idx').ifExists().execute();
      await db.schema.dropIndex('investment_leads_funnel_idx').ifExists().execute();
    },
  },
  // Demo rows say where they come from: 'document' with the seed file and its verbatim sentence, or
  // 'synthetic'; null for everything users record.
  '0180_investment_demo_sources': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      for (const column of ['demo_source', 'source_file', 'source_quote']) await db.schema.alterTable('investment_activities').addColumn(column, 'text').execute();
      for (const column of ['demo_source', 'source_file', 'source_quote']) await db.schema.alterTable('investment_leads').addColumn(column, 'text').execute();
      for (const column of ['demo_source', 'source_file', 'source_quote']) await db.schema.alterTable('investment_contracts').addColumn(column, 'text').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const column of ['source_quote', 'source_file', 'demo_source']) await db.schema.alterTable('investment_contracts').dropColumn(column).execute();
      for (const column of ['source_quote', 'source_file', 'demo_source']) await db.schema.alterTable('investment_leads').dropColumn(column).execute();
      for (const column of ['source_quote', 'source_file', 'demo_source']) await db.schema.alterTable('investment_activities').dropColumn(column).execute();
    },
  },
};
