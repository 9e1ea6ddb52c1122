import { z } from 'zod';

/** One Major projects record (重大项目) of an organisation. */
export const projectsItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type ProjectsItem = z.infer<typeof projectsItemSchema>;

export const projectsListSchema = z.object({ items: z.array(projectsItemSchema) });
export type ProjectsList = z.infer<typeof projectsListSchema>;
