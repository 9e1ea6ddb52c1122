import { z } from 'zod';
import { ORGANISATION_KINDS } from '@hongtu/domain';
import { textField } from './common';
import { LIMITS } from './limits';

/** province → city → district / development zone → street; departments beside them. */
export const organisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKind = z.infer<typeof organisationKindSchema>;

export const organisationCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[0-9A-Za-z_-]+$/, { message: 'code_charset' });

export const organisationSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: organisationKindSchema,
  parentId: z.number().int().nullable(),
  /** GB/T 2260 administrative division code, when the organisation has one. */
  divisionCode: z.string().nullable(),
  groupIds: z.array(z.number().int()),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z.object({ items: z.array(organisationSchema) });

export const createOrganisationRequestSchema = z.strictObject({
  code: organisationCodeSchema,
  name: textField(1, 64),
  kind: organisationKindSchema,
  parentId: z.number().int().positive().nullable(),
  divisionCode: z.string().regex(/^\d{6}$/).nullable().optional(),
});
export type CreateOrganisationRequest = z.infer<typeof createOrganisationRequestSchema>;

export const updateOrganisationRequestSchema = z.strictObject({
  code: organisationCodeSchema.optional(),
  name: textField(1, 64).optional(),
  parentId: z.number().int().positive().nullable().optional(),
  /** Optimistic concurrency: the version the editor saw. */
  version: z.number().int(),
});
export type UpdateOrganisationRequest = z.infer<typeof updateOrganisationRequestSchema>;

/** District groups (中心城区 / 新城区 / 功能区) used to compare districts. */
export const organisationGroupSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  memberIds: z.array(z.number().int()),
});
export type OrganisationGroup = z.infer<typeof organisationGroupSchema>;
export const organisationGroupListSchema = z.object({ items: z.array(organisationGroupSchema) });

export const createOrganisationGroupRequestSchema = z.strictObject({
  code: organisationCodeSchema,
  name: textField(1, 64),
});
export const setGroupMembersRequestSchema = z.strictObject({
  organisationIds: z.array(z.number().int().positive()).max(LIMITS.groupMembers),
});

/**
 * A read grant (DOMAIN.md "Read grants"): the department may read the organisation's subtree —
 * its dashboards and its districts' figures — never change it.
 */
export const readGrantSchema = z.object({
  departmentId: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  organisationKind: organisationKindSchema,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type ReadGrant = z.infer<typeof readGrantSchema>;
export const readGrantListSchema = z.object({ items: z.array(readGrantSchema) });

export const addReadGrantRequestSchema = z.strictObject({ organisationId: z.number().int().positive() });
export type AddReadGrantRequest = z.infer<typeof addReadGrantRequestSchema>;
export const readGrantParamsSchema = z.strictObject({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  organisationId: z.coerce.number().int().positive().max(2_147_483_647),
});
