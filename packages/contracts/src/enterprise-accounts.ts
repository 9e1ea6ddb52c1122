import { z } from 'zod';

/** One Enterprise accounts record (企业账户) of an organisation. */
export const enterpriseAccountsItemSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  title: z.string(),
  createdAt: z.string(),
});
export type EnterpriseAccountsItem = z.infer<typeof enterpriseAccountsItemSchema>;

export const enterpriseAccountsListSchema = z.object({ items: z.array(enterpriseAccountsItemSchema) });
export type EnterpriseAccountsList = z.infer<typeof enterpriseAccountsListSchema>;
