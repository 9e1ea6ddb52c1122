import { sql, type Kysely } from 'kysely';

/**
 * Users carry a telephone (shown masked, revealed on request and audited) and a position (职务);
 * `must_change_password` marks a password an administrator set (a new user, a reset): the user
 * chooses a new one at the next sign-in. Existing users keep theirs (0).
 */
const contactAndPasswordStep = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    await db.schema.alterTable('users').addColumn('phone', 'text').execute();
    await db.schema.alterTable('users').addColumn('position', 'text').execute();
    await db.schema.alterTable('users')
      .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0).check(sqlBoolean('must_change_password')))
      .execute();
  },
};

function sqlBoolean(column: string) {
  return sql`${sql.ref(column)} in (0, 1)`;
}

/** The users feature's migrations (numbered after every existing one; never edited once landed). */
export const USERS_MIGRATIONS = { '0040_users_contact_and_password_step': contactAndPasswordStep };
