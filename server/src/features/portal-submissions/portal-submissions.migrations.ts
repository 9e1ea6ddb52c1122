import type { Kysely, Migration } from 'kysely';
import { dialectOf, idColumn, strictTable } from '../../db/columns';

/** The portal-submissions feature's migrations, in order. Never edit one that has landed; add a new one. */
export const portalSubmissionsMigrations: Record<string, Migration> = {
  '0230_portal_submissions': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('portal_submissions')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('kind', 'text', (c) => c.notNull())
        // Where it was routed: the opportunity's or the enterprise's district, the city for a tip.
        .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('account_id', 'integer')
        .addColumn('company_name', 'text')
        .addColumn('opportunity_id', 'integer')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('contact_name', 'text', (c) => c.notNull())
        .addColumn('contact', 'text', (c) => c.notNull())
        .addColumn('consent_at', 'text')
        .addColumn('consent_version', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('lead_id', 'integer')
        .addColumn('problem_id', 'integer')
        // SHA-256 of an anonymous tip's tracking code (the code itself is shown once, never kept).
        .addColumn('tracking_hash', 'text', (c) => c.unique())
        .addColumn('erased_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('portal_submissions_organisation_idx').on('portal_submissions').columns(['organisation_id', 'status']).execute();
      await db.schema.createIndex('portal_submissions_account_idx').on('portal_submissions').column('account_id').execute();
      await strictTable(dialect, db.schema.createTable('portal_submission_events')
        .addColumn('id', 'integer', idColumn(dialect))
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('portal_submissions.id'))
        .addColumn('from_status', 'text')
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('portal_submission_events_submission_idx').on('portal_submission_events').column('submission_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('portal_submission_events').ifExists().execute();
      await db.schema.dropTable('portal_submissions').ifExists().execute();
    },
  },
  '0231_portal_submission_attachments': {
    // A tip's one attachment: its key in the file store, the name as sent, the type read from its bytes.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.alterTable('portal_submissions').addColumn('attachment_key', 'text').execute();
      await db.schema.alterTable('portal_submissions').addColumn('attachment_name', 'text').execute();
      await db.schema.alterTable('portal_submissions').addColumn('attachment_type', 'text').execute();
      await db.schema.alterTable('portal_submissions').addColumn('attachment_bytes', 'integer').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const column of ['attachment_bytes', 'attachment_type', 'attachment_name', 'attachment_key']) await db.schema.alterTable('portal_submissions').dropColumn(column).execute();
    },
  },
  '0280_portal_submission_sends': {
    // Messages to senders still to be sent to their contact, written with the move that tells them
    // (portal-submissions.sends.ts); a row is deleted once its message went out.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const dialect = await dialectOf(db);
      await strictTable(dialect, db.schema.createTable('portal_submission_sends')
        .addColumn('message_id', 'integer', (c) => c.primaryKey())
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('portal_submissions.id'))
        .addColumn('job_id', 'integer')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())).execute();
      await db.schema.createIndex('portal_submission_sends_job_idx').on('portal_submission_sends').column('job_id').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('portal_submission_sends').ifExists().execute();
    },
  },
  '0294_portal_submission_sends_queued_by': {
    // Who moved the submission, so that a sweep can queue the send job as them when no live job holds
    // its messages (account-message-sends.ts, sweepOutbox). Rows written before it have none.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.alterTable('portal_submission_sends').addColumn('queued_by', 'integer', (c) => c.references('users.id')).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.alterTable('portal_submission_sends').dropColumn('queued_by').execute();
    },
  },
};
