import { z } from 'zod';
import { checkFindingSchema, submissionSchema } from './reporting';

/** One problem of an uploaded sheet, where the user finds it (sheet / row / column letter), in the user's language. */
export const importProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** The dry run of an upload: nothing is written until the batch is committed. */
export const importCheckSchema = z.object({
  batchId: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  rowsParsed: z.number().int(),
  changes: z.number().int(),
  alreadyImported: z.boolean(),
  problems: z.array(importProblemSchema),
  problemCount: z.number().int(),
  findings: z.array(checkFindingSchema),
  blocking: z.boolean(),
});
export type ImportCheck = z.infer<typeof importCheckSchema>;

export const importCommitSchema = z.object({
  batchId: z.number().int(),
  status: z.literal('committed'),
  changed: z.number().int(),
  repeated: z.boolean(),
  submission: submissionSchema,
});
export type ImportCommit = z.infer<typeof importCommitSchema>;
