import { z } from 'zod';
import { auditActionSchema, auditEntityTypeSchema } from './audit-vocabulary';
import { instantSchema, pageOf, pageQuerySchema } from './common';

export const auditResultSchema = z.enum(['success', 'denied', 'failed']);
export type AuditResult = z.infer<typeof auditResultSchema>;

/**
 * One row as stored. Action and entity type stay plain strings here: rows are
 * history, and the safety net's actions ("POST /api/…") are open-ended.
 */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: instantSchema,
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  organisationId: z.number().int().nullable(),
  organisationName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  result: auditResultSchema,
  requestId: z.string().nullable(),
  /** The actor's name as the users page shows it (张三), when the account still exists. */
  actorDisplayName: z.string().nullable(),
  /**
   * The object in words, in the caller's language: its name at the time when the row keeps it
   * (a deleted organisation still reads well), else as it is now (武昌区 2026年10月报送).
   */
  entityLabel: z.string().nullable(),
  /** What happened in words: the action's label, the object and, when recorded, the reason (审核通过：武昌区 2026年10月报送). */
  description: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The auditor's filter: entity type and action only from the vocabulary (exact match). */
export const auditFilterSchema = z.object({
  actor: z.string().trim().max(64).optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  entityType: auditEntityTypeSchema.optional(),
  action: auditActionSchema.optional(),
  result: auditResultSchema.optional(),
  /** One object's history: its id as the rows record it (with entityType, the object of that kind). */
  entityId: z.string().trim().min(1).max(200).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListQuerySchema = pageQuerySchema.extend(auditFilterSchema.shape);
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;
export const auditPageSchema = pageOf(auditEntrySchema);

/** Result of walking the hash chain from the first row to the last. */
export const auditVerificationSchema = z.object({
  intact: z.boolean(),
  checked: z.number().int(),
  brokenAt: z
    .object({ id: z.number().int(), reason: z.enum(['hash_mismatch', 'chain_mismatch', 'missing_row', 'truncated', 'anchor_mismatch']) })
    .nullable(),
});

/**
 * The head of the trail (its newest row and the number of rows): an auditor keeps it outside the
 * database (it is also written into every backup and into the server's checkpoint log) and later
 * verifies against it, so that deleting the newest rows — which leaves a shorter chain that still
 * links — is reported.
 */
export const auditHeadSchema = z.object({
  id: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  count: z.number().int().nonnegative(),
});
export type AuditHead = z.infer<typeof auditHeadSchema>;

/** A head as kept outside the database: with the time it was read (GET /api/audit/head, `<backup>.head.json`). */
export const auditKeptHeadSchema = auditHeadSchema.extend({ at: instantSchema });
export type AuditKeptHead = z.infer<typeof auditKeptHeadSchema>;

/**
 * One line of the server's checkpoint log: the head it saw, when, and why it wrote it. A `restore`
 * line starts a new history: the heads before it belong to the trail the restore replaced.
 */
export const auditCheckpointReasonSchema = z.enum(['start', 'schedule', 'shutdown', 'backup', 'restore']);
export type AuditCheckpointReason = z.infer<typeof auditCheckpointReasonSchema>;
export const auditCheckpointSchema = auditKeptHeadSchema.extend({ reason: auditCheckpointReasonSchema });
export type AuditCheckpoint = z.infer<typeof auditCheckpointSchema>;

export const auditVerifyQuerySchema = z.object({
  anchorId: z.coerce.number().int().positive().optional(),
  anchorHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
}).refine((q) => (q.anchorId === undefined) === (q.anchorHash === undefined), { message: 'anchorId and anchorHash go together', path: ['anchorHash'] });
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

/**
 * PostgreSQL: what the role the server connects as may do to the audit table beyond reading and
 * appending. A superuser, or the owner of the table, its schema or its trigger function, can switch
 * the append-only triggers off or drop the table: canTamper. The privileges to update, delete,
 * truncate or add triggers are more than the server needs (the triggers still refuse the first three).
 */
export const auditRoleFindingSchema = z.enum([
  'superuser', 'owns_table', 'owns_schema', 'owns_trigger_function', 'may_update', 'may_delete', 'may_truncate', 'may_add_triggers',
]);
export type AuditRoleFinding = z.infer<typeof auditRoleFindingSchema>;
export const auditRoleCheckSchema = z.object({
  role: z.string(),
  canTamper: z.boolean(),
  findings: z.array(auditRoleFindingSchema),
});
export type AuditRoleCheck = z.infer<typeof auditRoleCheckSchema>;

/**
 * GET /api/audit/verify: the chain walked against the anchor given (if any) and every head of the
 * server's checkpoint log since the last restore; `checkpoint` is the furthest of those heads, null
 * when the server keeps no log or it is empty. `roleCheck` is null on SQLite (whoever may write the
 * file may change it; the chain and the checkpoints show it).
 */
export const auditVerifyReportSchema = auditVerificationSchema.extend({
  checkpoint: auditCheckpointSchema.nullable(),
  checkpointsCompared: z.number().int(),
  roleCheck: auditRoleCheckSchema.nullable(),
});
export type AuditVerifyReport = z.infer<typeof auditVerifyReportSchema>;
