import { z } from 'zod';
import { checkFindingSchema, submissionSchema } from '@hongtu/contracts';

/** Response shapes of the Excel round trip (kept beside the routes until the web app needs them in contracts). */
export const importProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});

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

export const importCommitSchema = z.object({
  batchId: z.number().int(),
  status: z.literal('committed'),
  changed: z.number().int(),
  repeated: z.boolean(),
  submission: submissionSchema,
});
