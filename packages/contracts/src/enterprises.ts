import { z } from 'zod';

/** One Enterprises record (企业库) of an organisation. */
export const enterprisesItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  creditCode: z.string(),
  name: z.string(),
  createdAt: z.string(),
});
export type EnterprisesItem = z.infer<typeof enterprisesItemSchema>;

export const enterprisesListSchema = z.object({ items: z.array(enterprisesItemSchema) });
export type EnterprisesList = z.infer<typeof enterprisesListSchema>;
