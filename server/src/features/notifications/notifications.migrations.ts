import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The notifications feature's migrations, in order. Never edit one that has landed; add a new one. */
export const notificationsMigrations: Record<string, Migration> = {
  '0075_notifications': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('notifications')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('recipient_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('returned','reminded','approved')`))
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('about_organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('reason', 'text')
        .addColumn('sender_id', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')).execute();
      await db.schema.createIndex('notifications_recipient_idx').on('notifications').columns(['recipient_id', 'id']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('notifications').ifExists().execute();
    },
  },
};
