import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The enterprise-accounts feature's migrations, in order. Never edit one that has landed; add a new one. */
export const enterpriseAccountsMigrations: Record<string, Migration> = {
  '0220_enterprise_accounts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('enterprise_accounts')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_accounts_organisation_idx').on('enterprise_accounts').column('organisation_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('enterprise_accounts').ifExists().execute();
    },
  },
};
