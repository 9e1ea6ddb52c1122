import { z } from 'zod';
import { LIMITS, YEAR_RANGE } from './limits';

/** Languages the UI and the API messages speak; zh-CN is the default. */
export const localeSchema = z.enum(['zh-CN', 'zh-TW', 'en']);
export type Locale = z.infer<typeof localeSchema>;

/** The one error shape every failing request answers with. */
export const apiErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .optional(),
  requestId: z.string(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);
export const idParamsSchema = z.strictObject({ id: idSchema });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(LIMITS.defaultPageSize),
});

/** A calendar year in a body (2000–2100); yearQuerySchema reads it from a query string. */
export const yearSchema = z.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);
export const yearQuerySchema = z.coerce.number().int().min(YEAR_RANGE.min).max(YEAR_RANGE.max);

/** An indicator (or rule) code as a request names it. */
export const codeSchema = z.string().max(LIMITS.codeLength);

/**
 * A list naming each `key` at most once ("figures: at most one per indicator"): a second item with
 * the same key is refused at its own path, with the message `duplicate` (localised by the server).
 */
export function uniqueBy<T extends Record<K, unknown>, K extends string>(key: K) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<unknown>();
    items.forEach((item, index) => {
      if (seen.has(item[key])) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index, key], input: item[key] });
      seen.add(item[key]);
    });
  };
}

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** ISO 8601 instant in UTC as stored; the UI shows it in Asia/Shanghai. */
export const instantSchema = z.string();

/** Text fields: trimmed, no control characters. */
export function textField(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .regex(/^[^\u0000-\u001f\u007f]*$/, { message: 'control characters are not allowed' });
}
