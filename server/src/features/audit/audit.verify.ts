import type { FastifyBaseLogger } from 'fastify';
import type { AuditVerifyReport } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { AuditCheckpointLog, furthest } from '../../platform/audit/audit-checkpoints';
import { checkAuditRole } from '../../platform/audit/audit-roles';
import { verifyAuditChain, type AuditAnchor } from '../../platform/audit/audit-verify';

/**
 * The auditor's verification: the chain walked against the head the auditor gave (if any) and
 * every head the server wrote to its checkpoint log since the last restore, so that a trail whose
 * newest rows were deleted is reported as truncated; and whether the server's own database role
 * could have changed the rows (PostgreSQL).
 */
export async function verifyTrail(deps: Deps, given: AuditAnchor[], log: FastifyBaseLogger): Promise<AuditVerifyReport> {
  const file = deps.config.auditCheckpointFile;
  const { checkpoints, unreadable } = file ? await new AuditCheckpointLog(file).sinceRestore() : { checkpoints: [], unreadable: 0 };
  if (unreadable > 0) log.warn({ file, unreadable }, 'audit checkpoint log has lines that are not checkpoints');
  const verification = await verifyAuditChain(deps.db, [...given, ...checkpoints]);
  return {
    ...verification,
    checkpoint: furthest(checkpoints),
    checkpointsCompared: checkpoints.length,
    roleCheck: await checkAuditRole(deps.db, deps.dialect),
  };
}
