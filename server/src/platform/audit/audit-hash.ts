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

/**
 * The row's content after its predecessor's hash, as the end of the canonical JSON array:
 * `["<prev_hash>",` + this is the text hashed. Kept apart so that PostgreSQL can put the
 * predecessor in under the chain's lock (migration 0240, `audit_log_append`) while the rest is
 * prepared before it.
 */
export function auditHashTail(row: Omit<HashedAuditContent, 'prev_hash'>): string {
  return JSON.stringify([
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
  ]).slice(1);
}

/** The text hashed: the JSON array [prev_hash, …content], its head written out (see auditHashTail). */
export function auditCanonical(prevHash: string, tail: string): string {
  return `[${JSON.stringify(prevHash)},${tail}`;
}

/** SHA-256 over the previous row's hash and this row's content: a chain. */
export function auditRowHash(row: HashedAuditContent): string {
  return createHash('sha256').update(auditCanonical(row.prev_hash, auditHashTail(row)), 'utf8').digest('hex');
}
