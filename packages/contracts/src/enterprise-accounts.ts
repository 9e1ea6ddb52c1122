import { z } from 'zod';
import { ENTERPRISE_ACCOUNT_STATUSES } from '@hongtu/domain';

export const enterpriseAccountStatusSchema = z.enum(ENTERPRISE_ACCOUNT_STATUSES);

/** A sign-up as an officer sees it: contact details masked, the registry record it will link to (if any). */
export const enterpriseAccountItemSchema = z.object({
  id: z.number().int(),
  creditCode: z.string(),
  companyName: z.string(),
  contactName: z.string(),
  /** Masked (z***@example.com, 138****5678): staff lists never show a contact in full. */
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  status: enterpriseAccountStatusSchema,
  districtId: z.number().int().nullable(),
  districtName: z.string().nullable(),
  /** The registry record with the same credit code (linked at confirmation), if the registry has one. */
  registryEnterprise: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
  confirmedAt: z.string().nullable(),
  actions: z.object({ confirm: z.boolean(), reject: z.boolean() }),
});
export type EnterpriseAccountItem = z.infer<typeof enterpriseAccountItemSchema>;

export const enterpriseAccountListQuerySchema = z.object({
  status: enterpriseAccountStatusSchema.exclude(['deleted']).default('pending_confirmation'),
});

export const enterpriseAccountListSchema = z.object({ items: z.array(enterpriseAccountItemSchema) });
export type EnterpriseAccountList = z.infer<typeof enterpriseAccountListSchema>;

export const enterpriseAccountIdParamsSchema = z.object({ id: z.coerce.number().int().positive() });

export const rejectEnterpriseAccountSchema = z.object({ reason: z.string().trim().min(1).max(500) });

/** The signed-in enterprise account, as its own page reads it. */
export const ownEnterpriseAccountSchema = z.object({
  accountId: z.number().int(),
  status: enterpriseAccountStatusSchema,
  creditCode: z.string(),
  companyName: z.string(),
  enterpriseId: z.number().int().nullable(),
  districtId: z.number().int().nullable(),
});
