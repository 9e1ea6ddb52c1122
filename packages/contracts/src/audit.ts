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
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** The auditor's filter: entity type and action only from the vocabulary (exact match). */
export const auditFilterSchema = z.object({
  actor: z.string().trim().max(64).optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  entityType: auditEntityTypeSchema.optional(),
  action: auditActionSchema.optional(),
  result: auditResultSchema.optional(),
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
 * database (it is also written into every backup) and later verifies against it, so that deleting
 * the newest rows — which leaves a shorter chain that still links — is reported.
 */
export const auditHeadSchema = z.object({ id: z.number().int(), hash: z.string(), count: z.number().int() });
export type AuditHead = z.infer<typeof auditHeadSchema>;
export const auditVerifyQuerySchema = z.object({
  anchorId: z.coerce.number().int().positive().optional(),
  anchorHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
}).refine((q) => (q.anchorId === undefined) === (q.anchorHash === undefined), { message: 'anchorId and anchorHash go together', path: ['anchorHash'] });
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
