// A month's published bulletin (docs/DOMAIN.md "Published bulletins"): the overview as the city
// published it, frozen with its hash, and what changed since in the figures read today.
import { z } from 'zod';
import { overviewSchema } from './dashboards';

/** The values compared; a figure settled since (快报 → 核实) shows as a change of its vintage. */
export const BULLETIN_CHANGE_FIELDS = ['ytdValue', 'reportedYoy', 'growth', 'completion', 'rank', 'vintage'] as const;

export const bulletinChangeSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  indicatorCode: z.string(),
  field: z.enum(BULLETIN_CHANGE_FIELDS),
  /** As published and as read now (decimal text, a rank as text, a vintage's code); null when empty. */
  published: z.string().nullable(),
  current: z.string().nullable(),
});
export type BulletinChange = z.infer<typeof bulletinChangeSchema>;

export const bulletinSchema = z.object({
  periodKey: z.string(),
  /** How many times the month was published; this is the latest. */
  publication: z.number().int(),
  publishedAt: z.string(),
  publishedBy: z.string(),
  /** SHA-256 of the stored answer, and whether the stored answer still matches it. */
  hash: z.string(),
  intact: z.boolean(),
  /** The overview as published (the reader's rows only). */
  overview: overviewSchema,
  /** Every value of the reader's rows that differs today from the published one. */
  changes: z.array(bulletinChangeSchema),
});
export type Bulletin = z.infer<typeof bulletinSchema>;

export const bulletinParamsSchema = z.strictObject({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) });
