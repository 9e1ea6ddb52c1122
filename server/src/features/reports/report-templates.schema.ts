// The house-style templates' request and response shapes. Kept beside the routes until the reports
// contract (packages/contracts/src/reports.ts) takes them in.
import { z } from 'zod';

export const reportTemplateSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  name: z.string(),
  fileName: z.string(),
  sizeBytes: z.number().int(),
  /** The placeholders the template holds, as written ("title", "@body"). */
  placeholders: z.array(z.string()),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type ReportTemplate = z.infer<typeof reportTemplateSchema>;

export const reportTemplateListSchema = z.object({ items: z.array(reportTemplateSchema) });
export type ReportTemplateList = z.infer<typeof reportTemplateListSchema>;
