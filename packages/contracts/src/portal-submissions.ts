import { z } from 'zod';

/** One Portal submissions record (门户来信) of an organisation. */
export const portalSubmissionsItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type PortalSubmissionsItem = z.infer<typeof portalSubmissionsItemSchema>;

export const portalSubmissionsListSchema = z.object({ items: z.array(portalSubmissionsItemSchema) });
export type PortalSubmissionsList = z.infer<typeof portalSubmissionsListSchema>;
