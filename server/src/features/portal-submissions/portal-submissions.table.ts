import type { Generated, Selectable } from 'kysely';
import type { PortalSubmissionKind, PortalSubmissionStatus } from '@hongtu/domain';

/**
 * 门户来信: what the public sent through the portal. `organisation_id` is where it was routed (the
 * opportunity's or the enterprise's district; the city for a tip); `lead_id` / `problem_id` the record
 * it became, whose own status the sender is shown. Personal data (contact, texts) is blanked when
 * erased (`erased_at`), on request or after the retention period.
 */
export interface PortalSubmissionsTable {
  id: Generated<number>;
  kind: PortalSubmissionKind;
  organisation_id: number;
  /** The enterprise account that sent it; null for an anonymous tip. */
  account_id: number | null;
  company_name: string | null;
  opportunity_id: number | null;
  title: string;
  body: string;
  contact_name: string;
  contact: string;
  consent_at: string | null;
  consent_version: string | null;
  status: PortalSubmissionStatus;
  lead_id: number | null;
  problem_id: number | null;
  tracking_hash: string | null;
  erased_at: string | null;
  /** A tip's one attachment (file store key, name as sent, type read from its bytes, size). */
  attachment_key: Generated<string | null>;
  attachment_name: Generated<string | null>;
  attachment_type: Generated<string | null>;
  attachment_bytes: Generated<number | null>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type PortalSubmissionRow = Selectable<PortalSubmissionsTable>;

/** A submission's status history: its receipt, routing and every change by staff, with the note told to the sender. */
export interface PortalSubmissionEventsTable {
  id: Generated<number>;
  submission_id: number;
  from_status: PortalSubmissionStatus | null;
  to_status: PortalSubmissionStatus;
  note: string | null;
  actor_id: number | null;
  at: string;
}

/**
 * A message to a sender (enterprise_account_messages) still to be sent to the account's contact,
 * written in the transaction of the move it tells of; `job_id` is the job that sends it (null: no
 * job holds it, the next one takes it). Deleted once sent.
 */
export interface PortalSubmissionSendsTable {
  message_id: number;
  submission_id: number;
  job_id: number | null;
  /** The staff member whose move wrote it (the outbox sweep queues a job as them when no live job holds it). */
  queued_by: number | null;
  /** Runs that tried and failed to send it. */
  attempts: Generated<number>;
  created_at: string;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    portal_submissions: PortalSubmissionsTable;
    portal_submission_events: PortalSubmissionEventsTable;
    portal_submission_sends: PortalSubmissionSendsTable;
  }
}
