import type { Generated, Selectable } from 'kysely';
import type { EnterpriseAccountStatus } from '@hongtu/domain';
import type { Locale } from '@hongtu/contracts';

/** 企业账户: an enterprise's sign-up and, once confirmed, its account on the portal. */
export interface EnterpriseAccountsTable {
  id: Generated<number>;
  credit_code: string;
  company_name: string;
  contact_name: string;
  contact_email: string | null;
  contact_phone: string | null;
  password_hash: string | null;
  status: EnterpriseAccountStatus;
  enterprise_id: number | null;
  /** The district that confirms it (the registry record's, or chosen at sign-up). */
  organisation_id: number | null;
  locale: Locale;
  consent_at: string;
  consent_version: string;
  reject_reason: string | null;
  created_at: string;
  updated_at: string;
  confirmed_by: number | null;
  confirmed_at: string | null;
  deleted_at: string | null;
}
export type EnterpriseAccountRow = Selectable<EnterpriseAccountsTable>;

export interface EnterpriseAccountSessionsTable {
  /** SHA-256 of the cookie's token. */
  id: string;
  account_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface EnterpriseAccountProofsTable {
  id: Generated<number>;
  account_id: number;
  code_hash: string;
  channel: 'email' | 'sms';
  attempts: Generated<number>;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface EnterpriseAccountMessagesTable {
  id: Generated<number>;
  account_id: number;
  text: string;
  created_at: string;
}

/**
 * A message to the account (its sign-up confirmed or rejected) still to be sent to its contact,
 * written in the officer's transaction; `job_id` is the job that sends it (null: no job holds it,
 * the next one takes it). Deleted once sent or given up.
 */
export interface EnterpriseAccountMessageSendsTable {
  message_id: number;
  job_id: number | null;
  /** The officer whose change wrote it (the outbox sweep queues a job as them when no live job holds it). */
  queued_by: number | null;
  /** Runs that tried and failed to send it. */
  attempts: Generated<number>;
  created_at: string;
}

export interface PortalChallengeSecretsTable {
  id: number;
  secret: string;
  created_at: string;
}

export interface PortalChallengesSpentTable {
  id: string;
  expires_at: string;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    enterprise_accounts: EnterpriseAccountsTable;
    enterprise_account_sessions: EnterpriseAccountSessionsTable;
    enterprise_account_proofs: EnterpriseAccountProofsTable;
    enterprise_account_messages: EnterpriseAccountMessagesTable;
    enterprise_account_message_sends: EnterpriseAccountMessageSendsTable;
    portal_challenge_secrets: PortalChallengeSecretsTable;
    portal_challenges_spent: PortalChallengesSpentTable;
  }
}
