import { z } from 'zod';
import { importProblemSchema } from './imports';
import { LIMITS } from './limits';
import { checkFindingSchema, submissionSchema } from './reporting';

/** One value the dry run read, as it will be saved: where it is, what the cell holds, its unit, the value stored and anything to know about it. */
export const importValueSchema = z.object({
  sheet: z.string(),
  /** "D5". */
  cell: z.string(),
  indicatorCode: z.string(),
  /** The indicator's name in the caller's language. */
  indicatorName: z.string(),
  /** The year-to-date value or the reported growth (%). */
  role: z.enum(['ytd', 'yoy']),
  /** What the cell holds, as text ("12345.6", "0.052", "下降3.2%"). */
  read: z.string(),
  /** A number cell, one formatted as a percentage, or text. */
  format: z.enum(['number', 'percent', 'text']),
  /** The unit the value was written in (in the caller's language), null when none was written; where it was written. */
  unit: z.string().nullable(),
  unitSource: z.enum(['cell', 'row', 'name', 'column', 'sheet']).nullable(),
  /** The exact value stored, in the indicator's unit (growth in %), and that unit. */
  stored: z.string(),
  storedUnit: z.string(),
  flags: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ImportValue = z.infer<typeof importValueSchema>;

/** How a column of a read sheet was understood (read or not). */
export const importColumnSchema = z.object({
  sheet: z.string(),
  column: z.string(),
  header: z.string(),
  role: z.enum(['code', 'name', 'unit', 'ytd', 'month', 'yoy', 'points', 'note', 'reference']),
  read: z.boolean(),
});
export type ImportColumn = z.infer<typeof importColumnSchema>;

/** A question of the dry run: which of these columns of a sheet holds the value (or the growth). */
export const importQuestionSchema = z.object({
  sheet: z.string(),
  role: z.enum(['ytd', 'yoy']),
  candidates: z.array(z.object({ column: z.string(), header: z.string() })),
});
export type ImportQuestion = z.infer<typeof importQuestionSchema>;

/** The operator's answers, sent back with the same file (multipart field `columns`, JSON). */
export const importChoicesSchema = z.array(z.strictObject({
  sheet: z.string().max(200),
  role: z.enum(['ytd', 'yoy']),
  column: z.string().regex(/^[A-Z]{1,3}$/),
})).max(50);
export type ImportChoices = z.infer<typeof importChoicesSchema>;

/** Something the commit needs the operator to confirm (a title naming another month beside a header naming this one …). */
export const importConfirmationSchema = importProblemSchema.extend({ key: z.string() });
export type ImportConfirmation = z.infer<typeof importConfirmationSchema>;

/** The dry run of an upload: nothing is written until the batch is committed. */
export const importCheckSchema = z.object({
  batchId: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  rowsParsed: z.number().int(),
  /** How many figures the commit would change (0 for a file already imported). */
  changes: z.number().int(),
  /** The same file was committed for this month before. */
  alreadyImported: z.boolean(),
  /** The first problems in file order; problemCount says how many there were. */
  problems: z.array(importProblemSchema).max(LIMITS.problemsShown),
  problemCount: z.number().int(),
  /** Consistency findings, and the upload's notices (values from formulas) as warnings. */
  findings: z.array(checkFindingSchema),
  blocking: z.boolean(),
  /** Every value read, in file order. */
  values: z.array(importValueSchema),
  /** How each column of the sheets read was understood. */
  columns: z.array(importColumnSchema),
  /** Columns the operator must choose between (the dry run blocks until answered). */
  questions: z.array(importQuestionSchema),
  /** What the operator must confirm before the commit (sent back with it). */
  confirmations: z.array(importConfirmationSchema),
  /** Worth knowing, not blocking: sheets not read, total rows, columns left out. */
  notes: z.array(importProblemSchema),
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

/**
 * The commit of a checked batch: the keys of the dry run's confirmations, every one of them. The
 * body may be left out when there is nothing to confirm (the server reads a missing body as null).
 */
export const importCommitRequestSchema = z.preprocess((body) => body ?? {}, z.strictObject({
  confirmations: z.array(z.string().max(400)).max(500).default([]),
}));

export const importCommitSchema = z.object({
  batchId: z.number().int(),
  status: z.literal('committed'),
  /** Figures that got a new version (0 when the file matched what was saved). */
  changed: z.number().int(),
  /** The batch had been committed before; this call changed nothing. */
  repeated: z.boolean(),
  submission: submissionSchema,
});
export type ImportCommit = z.infer<typeof importCommitSchema>;
