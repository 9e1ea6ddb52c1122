// Which month the dashboards show (docs/DOMAIN.md "Which month the dashboards show"): every month of
// the reader's city with how far it has come, and the month the dashboards open on.
import { z } from 'zod';
import { periodKeySchema } from './reporting';

/** One month as far as the city has come: units approved / submitted / in all, published or not (DOMAIN.md "Which month the dashboards show"). */
export const dashboardMonthSchema = z.object({
  periodKey: periodKeySchema,
  approved: z.number().int(),
  submitted: z.number().int(),
  total: z.number().int(),
  published: z.boolean(),
});
export type DashboardMonth = z.infer<typeof dashboardMonthSchema>;
/** Every reporting month of the reader's city, newest first, and the month the dashboards open on. */
export const dashboardMonthsSchema = z.object({
  items: z.array(dashboardMonthSchema),
  defaultPeriod: periodKeySchema.nullable(),
  /** The default when a city reviewer includes unapproved figures. */
  reviewPeriod: periodKeySchema.nullable(),
});
export type DashboardMonths = z.infer<typeof dashboardMonthsSchema>;
