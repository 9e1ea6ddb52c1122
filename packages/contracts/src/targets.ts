import { z } from 'zod';
import { SCHEDULE_KINDS, TARGET_COMPARATORS } from '@hongtu/domain';
import { codeSchema, yearQuerySchema, yearSchema } from './common';
import { importProblemSchema } from './imports';
import { decimalStringSchema, numberInputSchema } from './indicators';
import { LIMITS } from './limits';

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
  year: yearQuerySchema,
  organisationId: z.coerce.number().int().positive().optional(),
});

/** Sets one organisation's target for one indicator and year; version 0 creates it. */
export const putTargetRequestSchema = z.strictObject({
  year: yearSchema,
  organisationId: z.number().int().positive(),
  indicatorCode: codeSchema,
  amountTarget: numberInputSchema,
  amountComparator: comparatorSchema.nullable(),
  growthTarget: numberInputSchema,
  growthComparator: comparatorSchema.nullable(),
  noTarget: z.boolean(),
  schedule: scheduleSchema.nullable(),
  version: z.number().int().min(0),
});
export type PutTargetRequest = z.infer<typeof putTargetRequestSchema>;

// ---------------------------------------------------------------------------
// Targets from Excel: the year's template, the upload (dry run) and the commit of its batch.

/** The year a template is for, or an upload's default year (rows may name their own in a 年度 column). */
export const targetImportQuerySchema = z.object({ year: yearQuerySchema });

/** The dry run of a targets upload: what the commit would do; nothing is written before it. */
export const targetImportCheckSchema = z.object({
  batchId: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  year: z.number().int(),
  /** Target rows read without problems. */
  rowsParsed: z.number().int(),
  organisations: z.number().int(),
  /** New targets, changed ones, and rows equal to what is stored. */
  inserts: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  /** The same file was committed for this year before. */
  alreadyImported: z.boolean(),
  /** The first problems in file order; problemCount says how many there were. */
  problems: z.array(importProblemSchema).max(LIMITS.problemsShown),
  problemCount: z.number().int(),
  /** Worth a look, not blocking (values computed by formulas), located like problems. */
  notices: z.array(importProblemSchema),
  blocking: z.boolean(),
});
export type TargetImportCheck = z.infer<typeof targetImportCheckSchema>;

export const targetImportCommitSchema = z.object({
  batchId: z.number().int(),
  status: z.literal('committed'),
  year: z.number().int(),
  /** New targets (version 1) and changed ones (version + 1). */
  inserted: z.number().int(),
  updated: z.number().int(),
  /** Rows equal to what was stored: not written, no new version. */
  unchanged: z.number().int(),
  /** The batch had been committed before; this call changed nothing. */
  repeated: z.boolean(),
});
export type TargetImportCommit = z.infer<typeof targetImportCommitSchema>;
