import { z } from 'zod';

/** One Portal articles record (门户文章) of an organisation. */
export const portalArticlesItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type PortalArticlesItem = z.infer<typeof portalArticlesItemSchema>;

export const portalArticlesListSchema = z.object({ items: z.array(portalArticlesItemSchema) });
export type PortalArticlesList = z.infer<typeof portalArticlesListSchema>;
