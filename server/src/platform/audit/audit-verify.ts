import type { AuditHead, AuditVerification } from '@hongtu/contracts';
import type { Executor } from '../../db/database';
import { auditRowHash, GENESIS_HASH } from './audit-hash';

const BATCH = 2000;

/** A head kept earlier, outside the database: the row with this id must still be there, with this hash. */
export type AuditAnchor = Pick<AuditHead, 'id' | 'hash'>;

/**
 * Walks the whole chain in id order: each row must point at the previous row's hash and its own
 * hash must match its content. Reports the first break: a row whose link fails after a gap in the
 * ids is a deleted row (missing_row; PostgreSQL may skip ids after a rollback, but then the link
 * still holds). With anchors (heads kept earlier, outside the database) the row of each anchor must
 * still be there with the same hash: a different hash is anchor_mismatch; a trail that ends before
 * an anchor, or goes on past its id without it (its newest rows deleted, then new ones appended), is
 * truncated.
 */
export async function verifyAuditChain(db: Executor, anchors: readonly AuditAnchor[] = []): Promise<AuditVerification> {
  const pending = [...anchors].sort((a, b) => a.id - b.id);
  let next = 0;
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
        return row.id === lastId + 1
          ? { intact: false, checked, brokenAt: { id: row.id, reason: 'chain_mismatch' } }
          : { intact: false, checked, brokenAt: { id: lastId + 1, reason: 'missing_row' } };
      }
      if (auditRowHash(row) !== row.hash) {
        return { intact: false, checked, brokenAt: { id: row.id, reason: 'hash_mismatch' } };
      }
      for (; next < pending.length && pending[next]!.id <= row.id; next += 1) {
        const anchor = pending[next]!;
        if (anchor.id < row.id) return { intact: false, checked, brokenAt: { id: anchor.id, reason: 'truncated' } };
        if (anchor.hash !== row.hash) return { intact: false, checked, brokenAt: { id: row.id, reason: 'anchor_mismatch' } };
      }
      expectedPrev = row.hash;
      lastId = row.id;
      checked += 1;
    }
  }
  if (next < pending.length) return { intact: false, checked, brokenAt: { id: pending[next]!.id, reason: 'truncated' } };
  return { intact: true, checked, brokenAt: null };
}

/** The newest row of the trail and the number of rows, to keep outside the database. */
export async function auditHead(db: Executor): Promise<AuditHead | null> {
  const last = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
  if (!last) return null;
  const { n } = await db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { id: last.id, hash: last.hash, count: Number(n) };
}
