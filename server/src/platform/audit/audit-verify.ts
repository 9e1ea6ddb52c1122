import type { AuditVerification } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { auditRowHash, GENESIS_HASH } from './audit-hash';

const BATCH = 2000;

/**
 * Walks the whole chain in id order: each row must point at the previous
 * row's hash and its own hash must match its content. Reports the first break.
 */
export async function verifyAuditChain(db: Executor): Promise<AuditVerification> {
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prev_hash !== expectedPrev) {
        return { intact: false, checked, brokenAt: { id: row.id, reason: 'chain_mismatch' } };
      }
      if (auditRowHash(row) !== row.hash) {
        return { intact: false, checked, brokenAt: { id: row.id, reason: 'hash_mismatch' } };
      }
      expectedPrev = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
  return { intact: true, checked, brokenAt: null };
}
