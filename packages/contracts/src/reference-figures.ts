import { z } from 'zod';
import { REFERENCE_COMPARATORS } from '@hongtu/domain';
import { codeSchema, idSchema, instantSchema } from './common';
import { decimalStringSchema } from './indicators';
import { periodKeySchema } from './reporting';

// Reference figures 参考数据 (docs/DOMAIN.md "Reference figures and the cross-check"): a figure read
// out of a published document, accepted by the city as a district-month's reference, and compared
// with the district's own submission during review.

export const referenceFigureKindSchema = z.enum(['actual', 'target', 'plan', 'forecast']);
export const referenceComparatorSchema = z.enum(REFERENCE_COMPARATORS);
/** A unit as the document wrote it (亿元, 億元, 万亿元, %, 家). */
export const writtenUnitSchema = z.string().trim().min(1).max(20);

/** One accepted reference figure, labelled with its document and quote. */
export const referenceFigureSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  /** The district-month it is the reference of ("2026-03"). */
  periodKey: periodKeySchema,
  indicatorCode: z.string(),
  indicatorName: z.string(),
  /** The value and unit exactly as written (the written decimals are the tolerance of the cross-check). */
  value: z.string().nullable(),
  unit: z.string().nullable(),
  yoyPct: z.string().nullable(),
  comparator: referenceComparatorSchema.nullable(),
  kind: referenceFigureKindSchema,
  /** The period as the document wrote it ("2026-01..03", "2026-Q1"). */
  figurePeriod: z.string(),
  documentId: z.number().int(),
  documentTitle: z.string(),
  figureId: z.number().int(),
  quote: z.string(),
  acceptedBy: z.string(),
  acceptedAt: instantSchema,
});
export type ReferenceFigure = z.infer<typeof referenceFigureSchema>;

export const referenceFigureListSchema = z.object({ items: z.array(referenceFigureSchema) });
export type ReferenceFigureList = z.infer<typeof referenceFigureListSchema>;

/** Listing: one district and/or one month; without them, every reference figure the reader may see (newest first, bounded). */
export const referenceFigureListQuerySchema = z.strictObject({
  organisationId: idSchema.optional(),
  periodKey: periodKeySchema.optional(),
  /** The reference figure a document's figure became, if any. */
  figureId: idSchema.optional(),
});

/**
 * Accepting a document's figure as a district-month's reference figure. Each field left out is
 * taken from the figure as extracted (its entity, indicator, period's last month, value, unit,
 * growth); a field given corrects it.
 */
export const acceptReferenceFigureSchema = z.strictObject({
  figureId: idSchema,
  organisationId: idSchema.optional(),
  indicatorCode: codeSchema.optional(),
  periodKey: periodKeySchema.optional(),
  value: decimalStringSchema.nullable().optional(),
  unit: writtenUnitSchema.nullable().optional(),
  yoyPct: decimalStringSchema.nullable().optional(),
});
export type AcceptReferenceFigure = z.infer<typeof acceptReferenceFigureSchema>;

export const crossCheckStatusSchema = z.enum(['agrees', 'differs', 'no_submission', 'not_comparable']);
export type CrossCheckStatus = z.infer<typeof crossCheckStatusSchema>;
export const crossCheckPartSchema = z.object({
  status: crossCheckStatusSchema,
  reference: z.string().nullable(),
  /** The submission in the written unit (value) or in percent (growth), exact. */
  submitted: z.string().nullable(),
  difference: z.string().nullable(),
});

/** The cross-check of a district-month: each reference figure against the submission of its indicator. */
export const monthCrossCheckSchema = z.object({
  periodKey: periodKeySchema,
  organisationId: z.number().int(),
  items: z.array(z.object({
    reference: referenceFigureSchema,
    status: crossCheckStatusSchema,
    value: crossCheckPartSchema,
    growth: crossCheckPartSchema,
  })),
});
export type MonthCrossCheck = z.infer<typeof monthCrossCheckSchema>;
export type MonthCrossCheckItem = MonthCrossCheck['items'][number];

export const crossCheckParamsSchema = z.strictObject({ periodKey: periodKeySchema, organisationId: idSchema });
