import { sql, type Kysely, type Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

const oneOf = (column: string, values: readonly string[]) => sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
// Vocabulary fixed here (the domain's list as it stood when the table was made).
const STATUSES = ['pending_proof', 'pending_confirmation', 'confirmed', 'rejected', 'deleted'];

/** The enterprise-accounts feature's migrations, in order. Never edit one that has landed; add a new one. */
export const enterpriseAccountsMigrations: Record<string, Migration> = {
  '0220_enterprise_accounts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      // One row per sign-up; several may name one credit code, but only one may be confirmed for it.
      // Contact columns and the password hash are emptied when the enterprise asks for deletion.
      await strictTable(dialect, db.schema.createTable('enterprise_accounts')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('credit_code', 'text', (c) => c.notNull())
        .addColumn('company_name', 'text', (c) => c.notNull())
        .addColumn('contact_name', 'text', (c) => c.notNull())
        .addColumn('contact_email', 'text')
        .addColumn('contact_phone', 'text')
        .addColumn('password_hash', 'text')
        .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', STATUSES)))
        .addColumn('enterprise_id', 'integer', (c) => c.references('enterprises.id'))
        .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id'))
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('consent_at', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addColumn('reject_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('confirmed_at', 'text')
        .addColumn('deleted_at', 'text')).execute();
      await db.schema.createIndex('enterprise_accounts_code_idx').on('enterprise_accounts').columns(['credit_code', 'status']).execute();
      await db.schema.createIndex('enterprise_accounts_confirmed_code_uq').on('enterprise_accounts').column('credit_code').unique()
        .where(sql.ref('status'), '=', 'confirmed').execute();
      await db.schema.createIndex('enterprise_accounts_org_idx').on('enterprise_accounts').columns(['organisation_id', 'status']).execute();

      // Sessions of enterprise accounts: their own cookie, never a staff session.
      await strictTable(dialect, db.schema.createTable('enterprise_account_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'integer', (c) => c.notNull().references('enterprise_accounts.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_account_sessions_account_idx').on('enterprise_account_sessions').column('account_id').execute();

      // Proof codes: hashed, expiring, tries counted, used once.
      await strictTable(dialect, db.schema.createTable('enterprise_account_proofs')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('account_id', 'integer', (c) => c.notNull().references('enterprise_accounts.id'))
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull().check(oneOf('channel', ['email', 'sms'])))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_account_proofs_account_idx').on('enterprise_account_proofs').column('account_id').execute();

      // Messages to the account (its status changed, a submission answered), shown on the account page.
      await strictTable(dialect, db.schema.createTable('enterprise_account_messages')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('account_id', 'integer', (c) => c.notNull().references('enterprise_accounts.id'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_account_messages_account_idx').on('enterprise_account_messages').column('account_id').execute();

      // The portal challenge's signing secret when none is configured (shared by every app server),
      // and the challenges already answered (each may be used once, until it expires).
      await strictTable(dialect, db.schema.createTable('portal_challenge_secrets')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await strictTable(dialect, db.schema.createTable('portal_challenges_spent')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('expires_at', 'text', (c) => c.notNull())).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['portal_challenges_spent', 'portal_challenge_secrets', 'enterprise_account_messages', 'enterprise_account_proofs', 'enterprise_account_sessions', 'enterprise_accounts']) {
        await db.schema.dropTable(table).ifExists().execute();
      }
    },
  },
  '0290_enterprise_account_message_sends': {
    // Messages to accounts still to be sent to their contact, written with the confirmation or
    // rejection that tells them (account-message-sends.ts); a row is deleted once its message went out.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('enterprise_account_message_sends')
        .addColumn('message_id', 'integer', (c) => c.primaryKey())
        .addColumn('job_id', 'integer')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('enterprise_account_message_sends_job_idx').on('enterprise_account_message_sends').column('job_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('enterprise_account_message_sends').ifExists().execute();
    },
  },
  '0293_enterprise_account_message_sends_queued_by': {
    // Who wrote a waiting message, so that a sweep can queue its send job as them when no live job
    // holds it (account-message-sends.ts, sweepOutbox). Rows written before it have none.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.alterTable('enterprise_account_message_sends').addColumn('queued_by', 'integer', (c) => c.references('users.id')).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.alterTable('enterprise_account_message_sends').dropColumn('queued_by').execute();
    },
  },
};
