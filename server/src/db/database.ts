import type { Kysely, Transaction } from 'kysely';
import type {
  OrganisationGroupMembersTable,
  OrganisationGroupsTable,
  OrganisationsTable,
} from '../features/organisations/organisations.table';
import type { UsersTable } from '../features/users/users.table';
import type { AuditLogTable } from '../platform/audit/audit.table';
import type { LoginAttemptsTable, SessionsTable } from '../platform/auth/auth.table';

/** Every table, composed from the features that own them. */
export interface Database {
  organisations: OrganisationsTable;
  organisation_groups: OrganisationGroupsTable;
  organisation_group_members: OrganisationGroupMembersTable;
  users: UsersTable;
  login_attempts: LoginAttemptsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
}

export type Db = Kysely<Database>;
/** A query executor: the database itself or an open transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;
