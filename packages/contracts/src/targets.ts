import { z } from 'zod';
import { PERIOD_TARGET_MONTHS, SCHEDULE_KINDS, TARGET_COMPARATORS } from '@hongtu/domain';
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
// Targets for part of the year as stated (docs/DOMAIN.md "Period targets"): an amount for January
// through a month, e.g. Q1 (throughMonth 3) "一季度完成投资93亿元", "力争一季度完成进规6家以上".

export const periodTargetSchema = z.object({
  id: z.number().int(),
  year: z.number().int(),
  organisationId: z.number().int(),
  indicatorCode: z.string(),
  /** The period is January through this month: 3 is Q1, 6 H1, 9 Q1–Q3. */
  throughMonth: z.number().int(),
  amountTarget: decimalStringSchema,
  amountComparator: comparatorSchema,
  source: z.string(),
  sourceRef: z.string().nullable(),
  sourceQuote: z.string().nullable(),
  version: z.number().int(),
});
export type PeriodTarget = z.infer<typeof periodTargetSchema>;
export const periodTargetListSchema = z.object({ items: z.array(periodTargetSchema) });
export const periodTargetQuerySchema = targetQuerySchema;

/**
 * Sets one period target; version 0 creates it. An empty amount removes the target (at its
 * current version); the answer's target is then null.
 */
export const putPeriodTargetRequestSchema = z.strictObject({
  year: yearSchema,
  organisationId: z.number().int().positive(),
  indicatorCode: codeSchema,
  throughMonth: z.number().int().min(Math.min(...PERIOD_TARGET_MONTHS)).max(Math.max(...PERIOD_TARGET_MONTHS)),
  amountTarget: numberInputSchema,
  amountComparator: comparatorSchema.nullable(),
  version: z.number().int().min(0),
});
export type PutPeriodTargetRequest = z.infer<typeof putPeriodTargetRequestSchema>;
export const putPeriodTargetResponseSchema = z.object({ target: periodTargetSchema.nullable() });

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
  /** Q1 targets stated as amounts (一季度目标: period targets through March), read and compared the same way. */
  q1Amounts: z.object({ rows: z.number().int(), inserts: z.number().int(), updates: z.number().int(), unchanged: z.number().int() }).optional(),
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
  /** Q1 targets stated as amounts written as period targets through March (absent: the batch had none). */
  q1Amounts: z.object({ inserted: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }).optional(),
});
export type TargetImportCommit = z.infer<typeof targetImportCommitSchema>;

// ---------------------------------------------------------------------------
// The district × indicator matrix of a year, saved at once: every changed cell with the version it
// was read at; one transaction, all or nothing (a stale cell answers 409, an invalid one 400).

/** Cells saved by one matrix request: 17 districts × 40 indicators, and room to spare. */
export const TARGET_MATRIX_CELLS = 2000;

/** One cell: a target as PUT /api/targets takes it, without the year (the request's) and the schedule (kept as stored). */
export const targetMatrixCellSchema = putTargetRequestSchema.omit({ year: true, schedule: true });
export type TargetMatrixCell = z.infer<typeof targetMatrixCellSchema>;

export const putTargetMatrixRequestSchema = z.strictObject({
  year: yearSchema,
  cells: z.array(targetMatrixCellSchema).min(1).max(TARGET_MATRIX_CELLS),
});
export type PutTargetMatrixRequest = z.infer<typeof putTargetMatrixRequestSchema>;

export const putTargetMatrixResponseSchema = z.object({
  /** The targets written (created or changed), as stored now. */
  items: z.array(targetSchema),
  /** Cells equal to what was stored: not written, no new version. */
  unchanged: z.number().int(),
});
export type PutTargetMatrixResponse = z.infer<typeof putTargetMatrixResponseSchema>;
