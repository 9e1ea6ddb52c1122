import { z } from 'zod';
import { POLICY_FLAGS, SIZE_CLASSES, type PolicyFlag } from '@hongtu/domain';
import { idSchema, pageOf, pageQuerySchema, textField } from './common';
import { enterpriseItemSchema, industryCodeSchema } from './enterprises';
import { multilineText } from './projects';

// 政策库, the policy library (docs/DOMAIN.md "Policies"): kept by the city, read by everyone who
// serves enterprises; its conditions matched against the registry — for an enterprise, the
// policies it likely qualifies for; for a policy, the enterprises to tell.

export const POLICY_LIMITS = {
  titleLength: 200,
  issuerLength: 100,
  documentNumberLength: 100,
  summaryLength: 4000,
  industries: 50,
  districts: 50,
  /** In-force policies one enterprise is matched against at most. */
  matchedPolicies: 5000,
  /** Rows the export of a policy's enterprises writes at most. */
  exportRows: 50_000,
} as const;

export const policyFlagSchema = z.enum(POLICY_FLAGS as [PolicyFlag, ...PolicyFlag[]]);
const dateSchema = z.iso.date();

const uniqueValues = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).superRefine((items, ctx) => {
    const seen = new Set<unknown>();
    items.forEach((value, index) => {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index], input: value });
      seen.add(value);
    });
  }).default([]);

export const policyConditionsSchema = z.strictObject({
  industries: uniqueValues(industryCodeSchema, POLICY_LIMITS.industries),
  sizeClasses: uniqueValues(z.enum(SIZE_CLASSES), SIZE_CLASSES.length),
  flags: uniqueValues(policyFlagSchema, POLICY_FLAGS.length),
  districtIds: uniqueValues(idSchema, POLICY_LIMITS.districts),
});
export type PolicyConditionsInput = z.input<typeof policyConditionsSchema>;

const policyFields = {
  title: textField(1, POLICY_LIMITS.titleLength),
  issuer: textField(1, POLICY_LIMITS.issuerLength),
  documentNumber: textField(0, POLICY_LIMITS.documentNumberLength).nullable().default(null),
  issuedOn: dateSchema,
  validFrom: dateSchema.nullable().default(null),
  validTo: dateSchema.nullable().default(null),
  summary: multilineText(POLICY_LIMITS.summaryLength).default(''),
  conditions: policyConditionsSchema.default({ industries: [], sizeClasses: [], flags: [], districtIds: [] }),
};

/** valid-to never before valid-from (the server answers with a localized message). */
const validityInOrder = (p: { validFrom: string | null; validTo: string | null }) => !(p.validFrom && p.validTo && p.validTo < p.validFrom);

export const createPolicySchema = z.strictObject(policyFields);
export type CreatePolicy = z.input<typeof createPolicySchema>;
export const updatePolicySchema = z.strictObject({ version: z.number().int().min(1), ...policyFields });
export type UpdatePolicy = z.input<typeof updatePolicySchema>;
export const withdrawPolicySchema = z.strictObject({ version: z.number().int().min(1) });
export { validityInOrder };

/** A condition as the matching names it: matched, failed or unknown for an enterprise. */
export const policyConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('industry'), industries: z.array(z.string()) }),
  z.object({ kind: z.literal('size'), sizeClasses: z.array(z.enum(SIZE_CLASSES)) }),
  z.object({ kind: z.literal('flag'), flag: policyFlagSchema }),
  z.object({ kind: z.literal('district'), districtIds: z.array(z.number().int()) }),
]);
export type PolicyConditionItem = z.infer<typeof policyConditionSchema>;

export const policyItemSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  issuer: z.string(),
  documentNumber: z.string().nullable(),
  issuedOn: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** In force today (valid and not withdrawn). */
  inForce: z.boolean(),
  withdrawn: z.boolean(),
  conditions: z.object({
    industries: z.array(z.string()),
    sizeClasses: z.array(z.enum(SIZE_CLASSES)),
    flags: z.array(policyFlagSchema),
    districtIds: z.array(z.number().int()),
  }),
  /** The districts of the district condition, by name. */
  districts: z.array(z.object({ id: z.number().int(), name: z.string() })),
  demoNote: z.string().nullable(),
});
export type PolicyItem = z.infer<typeof policyItemSchema>;

export const policySchema = policyItemSchema.extend({
  summary: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Policy = z.infer<typeof policySchema>;

export const policyListQuerySchema = pageQuerySchema.extend({
  q: z.string().max(50).optional(),
  /** true: in force today only. */
  inForce: z.enum(['true', 'false']).optional(),
});
export const policyListSchema = pageOf(policyItemSchema);
export type PolicyList = z.infer<typeof policyListSchema>;

/** How one enterprise stands against one policy. */
const matchFields = {
  matched: z.array(policyConditionSchema),
  unknown: z.array(policyConditionSchema),
};

/** For an enterprise: the policies in force it likely qualifies for, fully matched first. */
export const enterprisePoliciesSchema = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  items: z.array(z.object({ policy: policyItemSchema, ...matchFields })),
  total: z.number().int(),
});
export type EnterprisePolicies = z.infer<typeof enterprisePoliciesSchema>;

/** For a policy: the enterprises in the reader's scope to tell, paged. */
export const policyEnterprisesSchema = pageOf(z.object({ enterprise: enterpriseItemSchema, ...matchFields }));
export type PolicyEnterprises = z.infer<typeof policyEnterprisesSchema>;
export const policyEnterprisesQuerySchema = pageQuerySchema.extend({
  /** true: leave out enterprises with a condition their record cannot decide. */
  certainOnly: z.enum(['true', 'false']).optional(),
});

