import { z } from 'zod';

/** One Public portal record (门户网站) of an organisation. */
export const portalItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type PortalItem = z.infer<typeof portalItemSchema>;

export const portalListSchema = z.object({ items: z.array(portalItemSchema) });
export type PortalList = z.infer<typeof portalListSchema>;
