import { z } from 'zod';
import { importProblemSchema } from './imports';
import { LIMITS } from './limits';
import { checkFindingSchema, submissionSchema } from './reporting';

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
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

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
