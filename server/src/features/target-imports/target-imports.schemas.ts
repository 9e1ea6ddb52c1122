import { z } from 'zod';
import { importProblemSchema } from '@hongtu/contracts';

/** Request and response shapes of the targets import (beside the routes until the web app needs them in contracts). */
export const targetImportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
});

export const targetImportCheckSchema = z.object({
  batchId: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  year: z.number().int(),
  rowsParsed: z.number().int(),
  organisations: z.number().int(),
  inserts: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  alreadyImported: z.boolean(),
  problems: z.array(importProblemSchema),
  problemCount: z.number().int(),
  /** Worth a look, not blocking (values computed by formulas), located like problems. */
  notices: z.array(importProblemSchema),
  blocking: z.boolean(),
});

export const targetImportCommitSchema = z.object({
  batchId: z.number().int(),
  status: z.literal('committed'),
  year: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  repeated: z.boolean(),
});
