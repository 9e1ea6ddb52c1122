import { z } from 'zod';
import { instantSchema, yearQuerySchema } from './common';

// The documents beside a year's targets: 目标责任书 (a district's signed responsibility letter),
// 下达文件 (the notice setting the targets), other papers; PDF, Word or a scan, type read from the
// bytes. A document concerns one organisation: the city's concern every district under it.

export const TARGET_DOCUMENT_KINDS = ['responsibility', 'notice', 'other'] as const;
export const targetDocumentKindSchema = z.enum(TARGET_DOCUMENT_KINDS);
export type TargetDocumentKind = z.infer<typeof targetDocumentKindSchema>;

/** Documents kept per year (the list is bounded by it). */
export const TARGET_DOCUMENTS_PER_YEAR = 100;

export const targetDocumentSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  kind: targetDocumentKindSchema,
  /** The organisation the document concerns: a district, or the city (then every district under it). */
  organisationId: z.number().int(),
  organisationName: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedByName: z.string().nullable(),
  createdAt: instantSchema,
});
export type TargetDocument = z.infer<typeof targetDocumentSchema>;
export const targetDocumentListSchema = z.object({ items: z.array(targetDocumentSchema).max(TARGET_DOCUMENTS_PER_YEAR) });
export type TargetDocumentList = z.infer<typeof targetDocumentListSchema>;

export const targetDocumentQuerySchema = z.strictObject({ year: yearQuerySchema });

/** The upload's fields travel in the query string: the scope is checked before the file is read. */
export const targetDocumentUploadQuerySchema = z.strictObject({
  year: yearQuerySchema,
  kind: targetDocumentKindSchema,
  /** Absent: the uploader's own organisation (the city, for the city's staff). */
  organisationId: z.coerce.number().int().positive().optional(),
});
export type TargetDocumentUploadQuery = z.infer<typeof targetDocumentUploadQuerySchema>;
