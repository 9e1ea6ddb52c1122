import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The content of an audit row that the hash covers, in a fixed order. */
export interface HashedAuditContent {
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
  result: string;
  request_id: string | null;
  prev_hash: string;
}

/** SHA-256 over the previous row's hash and this row's content: a chain. */
export function auditRowHash(row: HashedAuditContent): string {
  const canonical = JSON.stringify([
    row.prev_hash,
    row.at,
    row.actor_id === null ? null : Number(row.actor_id),
    row.actor_name,
    row.actor_role,
    row.organisation_id === null ? null : Number(row.organisation_id),
    row.ip,
    row.action,
    row.entity_type,
    row.entity_id,
    row.before_json,
    row.after_json,
    row.result,
    row.request_id,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
