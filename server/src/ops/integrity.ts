import { sql } from 'kysely';
import type { AuditVerification } from '@hongtu/contracts';
import type { DatabaseHandle } from '../db/connection';
import { verifyAuditChain, type AuditAnchor } from '../platform/audit/audit-verify';

export const COUNTED_TABLES = ['organisations', 'organisation_groups', 'users', 'audit_log'] as const;

export interface IntegrityReport {
  ok: boolean;
  /** SQLite's PRAGMA integrity_check answer ('ok' when sound); null on PostgreSQL. */
  integrityCheck: string | null;
  rowCounts: Record<string, number>;
  audit: AuditVerification;
  /** How many heads kept outside the database the chain was compared with. */
  anchors: number;
}

/**
 * What backup, restore and `verify` print: storage soundness, row counts, audit chain — compared
 * with the heads kept outside the database that are given (a backup's, the checkpoint log's, one
 * an auditor kept), so that a shortened trail fails too.
 */
export async function checkIntegrity(database: DatabaseHandle, anchors: readonly AuditAnchor[] = []): Promise<IntegrityReport> {
  let integrityCheck: string | null = null;
  if (database.dialect === 'sqlite') {
    const result = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(database.db);
    integrityCheck = result.rows.map((r) => r.integrity_check).join('; ');
  }
  const rowCounts: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    rowCounts[table] = Number(row.n);
  }
  const audit = await verifyAuditChain(database.db, anchors);
  return { ok: (integrityCheck === null || integrityCheck === 'ok') && audit.intact, integrityCheck, rowCounts, audit, anchors: anchors.length };
}

export function describeIntegrity(report: IntegrityReport): string {
  const counts = Object.entries(report.rowCounts).map(([t, n]) => `${t}=${n}`).join(' ');
  const kept = report.anchors === 0 ? '' : `, reaches ${report.anchors === 1 ? 'the kept head' : `all ${report.anchors} kept heads`}`;
  const chain = report.audit.intact
    ? `audit chain intact (${report.audit.checked} rows${kept})`
    : `audit chain BROKEN at row ${report.audit.brokenAt?.id} (${report.audit.brokenAt?.reason})`;
  const storage = report.integrityCheck === null ? '' : `integrity_check=${report.integrityCheck} `;
  return `${report.ok ? 'OK' : 'FAILED'}: ${storage}${counts}; ${chain}`;
}
