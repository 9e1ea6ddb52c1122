import { z } from 'zod';
import { ENTERPRISE_FLAGS, HEADQUARTERS_KINDS, LEGAL_FORMS, SIZE_CLASSES, type EnterpriseFlag } from '@hongtu/domain';
import { idSchema, pageOf, pageQuerySchema, textField } from './common';
import { importProblemSchema } from './imports';
import { LIMITS } from './limits';

// 企业库, the enterprise registry (docs/DOMAIN.md "Enterprise registry"): one record per
// 统一社会信用代码 across the city, served by one district or zone; flags, size, industry.

export const ENTERPRISE_LIMITS = {
  nameLength: 100,
  formerNames: 10,
  addressLength: 200,
  /** The search box's words. */
  queryLength: 50,
  /** Rows an export writes at most (the list's filters narrow it). */
  exportRows: 50_000,
  /** Matches of a search by name counted at most (the list then says "1,000+"). */
  searchCount: 1_000,
} as const;

export const legalFormSchema = z.enum(LEGAL_FORMS);
export const sizeClassSchema = z.enum(SIZE_CLASSES);
export const headquartersKindSchema = z.enum(HEADQUARTERS_KINDS);
export const enterpriseFlagSchema = z.enum(ENTERPRISE_FLAGS);
/** 国民经济行业分类: a 门类 letter, or the letter and its 大类's two digits (C39). */
export const industryCodeSchema = z.string().trim().toUpperCase().regex(/^[A-T](\d{2})?$/);

export const enterpriseFlagsSchema = z.object(
  Object.fromEntries(ENTERPRISE_FLAGS.map((f) => [f, z.boolean()])) as Record<EnterpriseFlag, z.ZodBoolean>,
);
export type EnterpriseFlags = z.infer<typeof enterpriseFlagsSchema>;

const enterpriseFields = {
  name: textField(1, ENTERPRISE_LIMITS.nameLength),
  formerNames: z.array(textField(1, ENTERPRISE_LIMITS.nameLength)).max(ENTERPRISE_LIMITS.formerNames).default([]),
  legalForm: legalFormSchema.nullable().default(null),
  industryCode: industryCodeSchema.nullable().default(null),
  address: textField(0, ENTERPRISE_LIMITS.addressLength).nullable().default(null),
  sizeClass: sizeClassSchema.nullable().default(null),
  headquartersKind: headquartersKindSchema.nullable().default(null),
  flags: enterpriseFlagsSchema.partial().default({}),
};

/**
 * A new record. The code's check character is verified by the server (a clear message naming
 * the code); organisationId defaults to the user's own organisation.
 */
export const createEnterpriseSchema = z.strictObject({
  creditCode: z.string().max(40),
  organisationId: idSchema.optional(),
  ...enterpriseFields,
});
export type CreateEnterprise = z.input<typeof createEnterpriseSchema>;

/** An edit: every field again, with the version it was read at (409 when someone saved since). */
export const updateEnterpriseSchema = z.strictObject({
  version: z.number().int().min(1),
  organisationId: idSchema.optional(),
  ...enterpriseFields,
});
export type UpdateEnterprise = z.input<typeof updateEnterpriseSchema>;

export const enterpriseItemSchema = z.object({
  id: z.number().int(),
  creditCode: z.string(),
  name: z.string(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  industryCode: z.string().nullable(),
  sizeClass: sizeClassSchema.nullable(),
  headquartersKind: headquartersKindSchema.nullable(),
  flags: enterpriseFlagsSchema,
  /** Why a demo record is what it is (an illustrative code); null for real records. */
  demoNote: z.string().nullable(),
});
export type EnterpriseItem = z.infer<typeof enterpriseItemSchema>;

export const enterpriseSchema = enterpriseItemSchema.extend({
  namePinyin: z.string(),
  nameInitials: z.string(),
  formerNames: z.array(z.string()),
  legalForm: legalFormSchema.nullable(),
  address: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The user may edit it (keeps the registry and serves it). */
  canEdit: z.boolean(),
});
export type Enterprise = z.infer<typeof enterpriseSchema>;

const flagListSchema = z.string().max(200).optional().transform((s, ctx) => {
  if (!s) return [];
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  for (const p of parts) {
    if (!(ENTERPRISE_FLAGS as readonly string[]).includes(p) && p !== 'headquarters') {
      ctx.addIssue({ code: 'custom', message: 'unknown flag', input: p });
      return z.NEVER;
    }
  }
  return parts as (EnterpriseFlag | 'headquarters')[];
});

/** The list: search (name, 拼音, 首字母 or code), flags (all of them), district, size, paged. */
export const enterpriseListQuerySchema = pageQuerySchema.extend({
  q: z.string().max(ENTERPRISE_LIMITS.queryLength).optional(),
  flags: flagListSchema,
  organisationId: idSchema.optional(),
  sizeClass: sizeClassSchema.optional(),
  industry: industryCodeSchema.optional(),
});
export type EnterpriseListQuery = z.input<typeof enterpriseListQuerySchema>;

export const enterpriseListSchema = pageOf(enterpriseItemSchema).extend({
  /** A search by name matched more than were counted: `total` is the bound (ENTERPRISE_LIMITS.searchCount, shown "1,000+"). */
  totalCapped: z.boolean(),
});
export type EnterpriseList = z.infer<typeof enterpriseListSchema>;

/** Kept for the first list's callers: one page of the registry. */
export const enterprisesListSchema = enterpriseListSchema;
export type EnterprisesList = EnterpriseList;
export type EnterprisesItem = EnterpriseItem;

/** The districts and zones a record may be served by (the user's own subtree). */
export const enterpriseOrganisationsSchema = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string(), kind: z.string() })) });

/** What a workbook import did: rows added and updated, or the refused rows with their reasons (nothing written). */
export const enterpriseImportResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  refused: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
  refusedCount: z.number().int(),
});
export type EnterpriseImportResult = z.infer<typeof enterpriseImportResultSchema>;

/** A row of the import's dry run as the page shows it: what the commit does with the record. */
export const enterpriseImportRowSchema = z.object({
  sheet: z.string(),
  row: z.number().int(),
  creditCode: z.string(),
  name: z.string(),
  organisationName: z.string(),
  action: z.enum(['create', 'update', 'unchanged']),
});
export type EnterpriseImportRow = z.infer<typeof enterpriseImportRowSchema>;

/**
 * The dry run of a registry workbook: every row checked like the form (credit code's check
 * character, vocabularies, the district), records matched by credit code (one record per code:
 * an existing one of the reader's scope is updated; one served elsewhere is refused, naming only
 * who serves it). Nothing is written but the checked batch; the commit writes all or nothing.
 */
export const enterpriseImportCheckSchema = z.object({
  batchId: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  rowsParsed: z.number().int(),
  creates: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  alreadyImported: z.boolean(),
  problems: z.array(importProblemSchema).max(LIMITS.problemsShown),
  problemCount: z.number().int(),
  notices: z.array(importProblemSchema),
  blocking: z.boolean(),
  /** The first rows as the commit would write them (the page's table). */
  rows: z.array(enterpriseImportRowSchema),
});
export type EnterpriseImportCheck = z.infer<typeof enterpriseImportCheckSchema>;

export const enterpriseImportCommitSchema = z.object({
  batchId: z.number().int(),
  status: z.literal('committed'),
  created: z.number().int(),
  updated: z.number().int(),
  repeated: z.boolean(),
});
export type EnterpriseImportCommit = z.infer<typeof enterpriseImportCommitSchema>;
