import { z } from 'zod';

/** One problem of an uploaded sheet, where the user finds it (sheet / row / column letter), in the user's language. */
export const importProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;
