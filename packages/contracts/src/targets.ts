import { z } from 'zod';
import { SCHEDULE_KINDS, TARGET_COMPARATORS } from '@hongtu/domain';
import { decimalStringSchema, numberInputSchema } from './indicators';

export const comparatorSchema = z.enum(TARGET_COMPARATORS);
export type Comparator = z.infer<typeof comparatorSchema>;

/** Cumulative share of the annual target per month (12) or per quarter (4), in percent. */
export const scheduleSchema = z.object({
  kind: z.enum(SCHEDULE_KINDS),
  shares: z.array(decimalStringSchema).min(4).max(12),
});
export type Schedule = z.infer<typeof scheduleSchema>;

export const targetSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  organisationId: z.number().int(),
  indicatorCode: z.string(),
  amountTarget: decimalStringSchema.nullable(),
  amountComparator: comparatorSchema.nullable(),
  growthTarget: decimalStringSchema.nullable(),
  growthComparator: comparatorSchema.nullable(),
  noTarget: z.boolean(),
  schedule: scheduleSchema.nullable(),
  source: z.string(),
  sourceRef: z.string().nullable(),
  sourceQuote: z.string().nullable(),
  version: z.number().int(),
});
export type Target = z.infer<typeof targetSchema>;
export const targetListSchema = z.object({ items: z.array(targetSchema) });
export const targetQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  organisationId: z.coerce.number().int().positive().optional(),
});

/** Sets one organisation's target for one indicator and year; version 0 creates it. */
export const putTargetRequestSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  organisationId: z.number().int().positive(),
  indicatorCode: z.string().max(64),
  amountTarget: numberInputSchema,
  amountComparator: comparatorSchema.nullable(),
  growthTarget: numberInputSchema,
  growthComparator: comparatorSchema.nullable(),
  noTarget: z.boolean(),
  schedule: scheduleSchema.nullable(),
  version: z.number().int().min(0),
});
export type PutTargetRequest = z.infer<typeof putTargetRequestSchema>;
