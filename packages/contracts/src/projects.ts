import { z } from 'zod';
import {
  PROJECT_CATEGORIES,
  PROJECT_LEVELS,
  PROJECT_MILESTONES,
  PROJECT_REPORT_STATUSES,
  PROJECT_STAGES,
  PROJECT_TAGS,
  PROJECT_YEAR_STATUSES,
  type ProjectActions,
  type ProjectReportActions,
} from '@hongtu/domain';
import { idSchema, instantSchema, pageOf, textField, yearQuerySchema, yearSchema } from './common';
import { importProblemSchema } from './imports';
import { decimalStringSchema, numberInputSchema } from './indicators';
import { LIMITS } from './limits';
import { periodKeySchema } from './reporting';
import { scheduleSchema } from './targets';

// Major projects 重大项目: the project library and each project's monthly reports. Amounts are in
// 万元, sent as typed ("12,000", "１２０００") and answered as exact decimal text. Shape only here;
// the rules that span fields (annual plan within the total, milestones in order, the city's entry
// threshold, the credit code's check character …) are the domain's, applied by the server with
// localized messages.

export const projectLevelSchema = z.enum(PROJECT_LEVELS);
export const projectCategorySchema = z.enum(PROJECT_CATEGORIES);
export const projectYearStatusSchema = z.enum(PROJECT_YEAR_STATUSES);
export const projectStageSchema = z.enum(PROJECT_STAGES);
export const projectTagSchema = z.enum(PROJECT_TAGS);
export const projectMilestoneSchema = z.enum(PROJECT_MILESTONES);
export const projectReportStatusSchema = z.enum(PROJECT_REPORT_STATUSES);

export const PROJECT_LIMITS = {
  nameLength: 100,
  codeLength: 32,
  shortText: 50,
  ownerLength: 100,
  addressLength: 200,
  /** 形象进度, problems, next steps. */
  reportText: 2000,
} as const;

/** Text that may run over several lines (形象进度, problems): no control characters but line breaks and tabs. */
export function multilineText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, { message: 'control characters are not allowed' });
}

/** A calendar date ("2026-03-15") or none. */
const dateSchema = z.iso.date().nullable();
/** Planned or actual dates of the milestones; a milestone left out has no date. */
export const milestoneDatesSchema = z.strictObject({
  signing: dateSchema.optional(),
  land: dateSchema.optional(),
  planning: dateSchema.optional(),
  eia: dateSchema.optional(),
  construction_permit: dateSchema.optional(),
  start: dateSchema.optional(),
  completion: dateSchema.optional(),
  production: dateSchema.optional(),
}) satisfies z.ZodType<Partial<Record<(typeof PROJECT_MILESTONES)[number], string | null | undefined>>>;
export type MilestoneDatesInput = z.infer<typeof milestoneDatesSchema>;
const milestoneDatesAnswer = z.object(Object.fromEntries(PROJECT_MILESTONES.map((m) => [m, z.string().nullable()])) as Record<(typeof PROJECT_MILESTONES)[number], z.ZodNullable<z.ZodString>>);

const codeInput = z.string().trim().max(PROJECT_LIMITS.codeLength).regex(/^[A-Za-z0-9_-]*$/, { message: 'code_charset' });

/** A project as the form sends it. Amounts in 万元. */
export const projectInputSchema = z.strictObject({
  /** The district or zone the project belongs to; the user's own when absent. */
  organisationId: idSchema.optional(),
  /** Left empty, the server numbers the project ("420106-2026-001"). */
  code: codeInput.optional(),
  name: textField(1, PROJECT_LIMITS.nameLength),
  level: projectLevelSchema,
  category: projectCategorySchema,
  industry: textField(0, PROJECT_LIMITS.shortText).default(''),
  ownerName: textField(0, PROJECT_LIMITS.ownerLength).default(''),
  /** 统一社会信用代码, checked (check character) by the server; null when not on record. */
  ownerCreditCode: z.string().max(40).nullable().default(null),
  totalInvestment: numberInputSchema,
  annualPlan: numberInputSchema,
  planYear: yearSchema,
  /** The annual plan's own monthly or quarterly schedule (cumulative percent); linear when null. */
  schedule: z.object({ kind: scheduleSchema.shape.kind, shares: z.array(z.string().max(LIMITS.numberInputLength)).min(4).max(12) }).nullable().default(null),
  yearStatus: projectYearStatusSchema,
  stage: projectStageSchema,
  planned: milestoneDatesSchema.default({}),
  actual: milestoneDatesSchema.default({}),
  contactLeader: textField(0, PROJECT_LIMITS.shortText).default(''),
  responsibleDepartment: textField(0, PROJECT_LIMITS.shortText).default(''),
  taskForce: textField(0, PROJECT_LIMITS.shortText).default(''),
  address: textField(0, PROJECT_LIMITS.addressLength).default(''),
  /** WGS-84 degrees, inside China's extent. */
  longitude: z.number().min(73).max(136).nullable().default(null),
  latitude: z.number().min(3).max(54).nullable().default(null),
  tags: z.array(projectTagSchema).max(PROJECT_TAGS.length).default([]).superRefine((tags, ctx) => {
    const seen = new Set<string>();
    tags.forEach((tag, index) => {
      if (seen.has(tag)) ctx.addIssue({ code: 'custom', message: 'duplicate', path: [index], input: tag });
      seen.add(tag);
    });
  }),
});
export type ProjectInput = z.output<typeof projectInputSchema>;
/** An update names the version it was read at: a project changed since is answered 409. */
export const projectUpdateSchema = projectInputSchema.extend({ version: z.number().int().min(1) });
export type ProjectUpdate = z.output<typeof projectUpdateSchema>;

/** Another district already has a project of that name or owner: named, nothing else of it shown. */
export const projectDuplicateSchema = z.object({
  match: z.enum(['name', 'owner']),
  organisationName: z.string(),
  /** The project's own code when it lies in the reader's scope, else null. */
  code: z.string().nullable(),
  message: z.string(),
});
export type ProjectDuplicate = z.infer<typeof projectDuplicateSchema>;

export const projectActionsSchema = z.object({ edit: z.boolean(), approveCity: z.boolean() }) satisfies z.ZodType<ProjectActions>;

export const projectSchema = z.object({
  id: z.number().int(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  code: z.string(),
  name: z.string(),
  level: projectLevelSchema,
  category: projectCategorySchema,
  industry: z.string(),
  ownerName: z.string(),
  ownerCreditCode: z.string().nullable(),
  totalInvestment: decimalStringSchema,
  annualPlan: decimalStringSchema,
  planYear: z.number().int(),
  schedule: scheduleSchema.nullable(),
  /** The plan's amount per month, January … December (exact, summing to the annual plan). */
  monthlyPlan: z.array(decimalStringSchema).length(12),
  yearStatus: projectYearStatusSchema,
  stage: projectStageSchema,
  planned: milestoneDatesAnswer,
  actual: milestoneDatesAnswer,
  contactLeader: z.string(),
  responsibleDepartment: z.string(),
  taskForce: z.string(),
  address: z.string(),
  longitude: z.number().nullable(),
  latitude: z.number().nullable(),
  tags: z.array(projectTagSchema),
  /** 'entered', 'imported' (file name in sourceRef), 'document' (a seed document: file and sentence) or 'synthetic' (demo data). */
  source: z.string(),
  sourceRef: z.string().nullable(),
  sourceQuote: z.string().nullable(),
  version: z.number().int(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  actions: projectActionsSchema,
  duplicates: z.array(projectDuplicateSchema),
});
export type Project = z.infer<typeof projectSchema>;

export const projectListItemSchema = projectSchema.pick({
  id: true, organisationId: true, organisationName: true, code: true, name: true, level: true, category: true,
  totalInvestment: true, annualPlan: true, planYear: true, yearStatus: true, stage: true, ownerName: true, updatedAt: true, version: true,
});
export type ProjectListItem = z.infer<typeof projectListItemSchema>;
export const projectListSchema = pageOf(projectListItemSchema);
export type ProjectList = z.infer<typeof projectListSchema>;

export const PROJECT_SORTS = ['code', 'name', 'totalInvestment', 'annualPlan', 'updatedAt'] as const;
export const projectListQuerySchema = z.object({
  /** Contained in the name, code or owner (case-insensitive). */
  q: z.string().trim().max(PROJECT_LIMITS.nameLength).optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  level: projectLevelSchema.optional(),
  category: projectCategorySchema.optional(),
  yearStatus: projectYearStatusSchema.optional(),
  stage: projectStageSchema.optional(),
  planYear: yearQuerySchema.optional(),
  sort: z.enum(PROJECT_SORTS).default('code'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(LIMITS.defaultPageSize),
});
export type ProjectListQuery = z.output<typeof projectListQuerySchema>;

export const projectParamsSchema = z.strictObject({ id: idSchema });
export const projectReportParamsSchema = z.strictObject({ id: idSchema, periodKey: periodKeySchema });

// --- monthly reports ------------------------------------------------------------------------

export const projectReportActionsSchema = z.object({
  edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), returnReport: z.boolean(),
}) satisfies z.ZodType<ProjectReportActions>;

export const projectReportEventSchema = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  version: z.number().int(),
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  at: instantSchema,
});

/** A project's month: the report (or, before one is saved, what the month expects) and its progress. */
export const projectReportSchema = z.object({
  projectId: z.number().int(),
  periodKey: periodKeySchema,
  year: z.number().int(),
  month: z.number().int(),
  status: projectReportStatusSchema,
  monthInvestment: decimalStringSchema.nullable(),
  ytdInvestment: decimalStringSchema.nullable(),
  /** 形象进度. */
  progressText: z.string(),
  problems: z.string(),
  nextSteps: z.string(),
  /** 入库/纳统. */
  inStatistics: z.boolean(),
  version: z.number().int(),
  /** The latest return's reason. */
  reason: z.string().nullable(),
  submittedAt: instantSchema.nullable(),
  approvedAt: instantSchema.nullable(),
  updatedAt: instantSchema.nullable(),
  /** Last month's report's year to date (same year), the reference for this month's. */
  previousYtd: decimalStringSchema.nullable(),
  annualPlan: decimalStringSchema,
  /** What the plan (and its schedule) expects by the end of the month. */
  plannedYtd: decimalStringSchema,
  /** Percent, 2 decimals; completion null without a report or without a plan. */
  timeProgress: z.string(),
  completion: z.string().nullable(),
  /** Percentage points, negative = behind time progress. */
  gap: z.string().nullable(),
  actions: projectReportActionsSchema,
  events: z.array(projectReportEventSchema),
});
export type ProjectReport = z.infer<typeof projectReportSchema>;
export const projectReportListSchema = z.object({ items: z.array(projectReportSchema.omit({ events: true })) });
export type ProjectReportList = z.infer<typeof projectReportListSchema>;

export const saveProjectReportSchema = z.strictObject({
  monthInvestment: numberInputSchema,
  ytdInvestment: numberInputSchema,
  progressText: multilineText(PROJECT_LIMITS.reportText).default(''),
  problems: multilineText(PROJECT_LIMITS.reportText).default(''),
  nextSteps: multilineText(PROJECT_LIMITS.reportText).default(''),
  inStatistics: z.boolean().default(false),
  /** The version read (0: no report yet). */
  version: z.number().int().min(0),
});
export type SaveProjectReport = z.output<typeof saveProjectReportSchema>;
export const projectReportActionSchema = z.strictObject({ version: z.number().int().min(1) });
export const returnProjectReportSchema = z.strictObject({ version: z.number().int().min(1), reason: textField(1, LIMITS.reasonLength) });

// --- Excel ----------------------------------------------------------------------------------

/** The library export (and import template): the filters of the list, and optionally a month whose report columns are filled. */
export const projectExportQuerySchema = projectListQuerySchema.omit({ page: true, pageSize: true, sort: true, order: true }).extend({
  period: periodKeySchema.optional(),
});
export const projectImportQuerySchema = z.object({ period: periodKeySchema });

/** The dry run of a district's library and monthly reports: nothing is written until the batch is committed. */
export const projectImportCheckSchema = z.object({
  batchId: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string(),
  periodKey: periodKeySchema,
  rowsParsed: z.number().int(),
  /** Projects the commit creates, changes, leaves as they are. */
  creates: z.number().int(),
  updates: z.number().int(),
  unchanged: z.number().int(),
  /** Monthly reports the commit saves as drafts (new or changed). */
  reports: z.number().int(),
  alreadyImported: z.boolean(),
  problems: z.array(importProblemSchema).max(LIMITS.problemsShown),
  problemCount: z.number().int(),
  /** Worth a look, not blocking: values computed by formulas, names or owners another district has. */
  notices: z.array(importProblemSchema),
  blocking: z.boolean(),
});
export type ProjectImportCheck = z.infer<typeof projectImportCheckSchema>;

export const projectImportCommitSchema = z.object({
  batchId: z.number().int(),
  status: z.literal('committed'),
  created: z.number().int(),
  updated: z.number().int(),
  reports: z.number().int(),
  repeated: z.boolean(),
});
export type ProjectImportCommit = z.infer<typeof projectImportCommitSchema>;
