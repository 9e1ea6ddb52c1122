import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The portal feature's migrations, in order. Never edit one that has landed; add a new one. */
export const portalMigrations: Record<string, Migration> = {
  '0210_portal_opportunities': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('portal_opportunities')
        .addColumn('id', 'integer', idColumn(dialect))
        // 'project' (a major project of the library) or 'land' (a land parcel seeking investors)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('district_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('project_id', 'integer', (c) => c.references('projects.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        // a land parcel: area in 亩 (decimal text), planned use, where, conditions of sale
        .addColumn('area_mu', 'text')
        .addColumn('planned_use', 'text')
        .addColumn('location', 'text')
        .addColumn('conditions', 'text')
        // an office and its office phone, never a person
        .addColumn('contact_office', 'text', (c) => c.notNull())
        .addColumn('contact_phone', 'text', (c) => c.notNull())
        // shown on the portal only while published
        .addColumn('status', 'text', (c) => c.notNull())
        // marked illustrative (the demo's invented land parcels)
        .addColumn('illustrative', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('published_at', 'text')
        .addColumn('withdrawn_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('portal_opportunities_status_idx').on('portal_opportunities').columns(['status', 'published_at']).execute();
      await db.schema.createIndex('portal_opportunities_district_idx').on('portal_opportunities').column('district_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('portal_opportunities').ifExists().execute();
    },
  },
};
