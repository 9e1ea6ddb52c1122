import type { Generated, Selectable } from 'kysely';
import type { AuditResult } from '@hongtu/contracts';

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  actor_role: string | null;
  organisation_id: number | null;
  ip: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  result: AuditResult;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}
export type AuditRow = Selectable<AuditLogTable>;

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    audit_log: AuditLogTable;
  }
}
