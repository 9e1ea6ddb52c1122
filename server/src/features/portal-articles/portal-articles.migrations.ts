import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The portal-articles feature's migrations, in order. Never edit one that has landed; add a new one. */
export const portalArticlesMigrations: Record<string, Migration> = {
  '0200_portal_articles': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('portal_articles')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('portal_articles_organisation_idx').on('portal_articles').column('organisation_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('portal_articles').ifExists().execute();
    },
  },
};
