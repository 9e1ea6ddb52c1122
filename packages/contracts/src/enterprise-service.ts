import { z } from 'zod';
import {
  CULTIVATION_KINDS, CULTIVATION_GROUPS, CULTIVATION_TARGET_PERIODS, ENTERPRISE_PROBLEM_CATEGORIES, ENTERPRISE_PROBLEM_SOURCES,
  ENTERPRISE_PROBLEM_STATUSES, LIAISON_VISIT_GAP, MONTH_PATTERN, type EnterpriseProblemActions,
} from '@hongtu/domain';
import { idSchema, instantSchema, pageOf, pageQuerySchema, textField, yearSchema, yearQuerySchema } from './common';
import { LIMITS } from './limits';
import { multilineText } from './projects';

// 企业服务 (docs/DOMAIN.md "Enterprise service"): enterprises' problems (诉求) with their SLAs in
// working days, the liaisons of key enterprises and their visits, cultivation into 规上 / 限上.

export const ENTERPRISE_SERVICE_LIMITS = { titleLength: 100, textLength: 2000, problemsPerVisit: 10 } as const;

export const enterpriseProblemCategorySchema = z.enum(ENTERPRISE_PROBLEM_CATEGORIES);
export const enterpriseProblemStatusSchema = z.enum(ENTERPRISE_PROBLEM_STATUSES);
export const enterpriseProblemSourceSchema = z.enum(ENTERPRISE_PROBLEM_SOURCES);

const versionSchema = z.number().int().min(1);
const requiredText = multilineText(ENTERPRISE_SERVICE_LIMITS.textLength).pipe(z.string().min(1));
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const monthSchema = z.string().regex(MONTH_PATTERN);

const problemFields = {
  category: enterpriseProblemCategorySchema,
  title: textField(1, ENTERPRISE_SERVICE_LIMITS.titleLength),
  description: multilineText(ENTERPRISE_SERVICE_LIMITS.textLength).default(''),
  departmentId: idSchema,
};

/** A problem raised by the district (or its liaison) for one of its enterprises, sent to a department. */
export const raiseEnterpriseProblemSchema = z.strictObject({
  enterpriseId: idSchema,
  ...problemFields,
  raisedVia: z.enum(['liaison', 'district']).default('district'),
});
export type RaiseEnterpriseProblem = z.infer<typeof raiseEnterpriseProblemSchema>;

export const enterpriseProblemMoveSchema = z.strictObject({ version: versionSchema });
export const enterpriseProblemTextMoveSchema = z.strictObject({ version: versionSchema, text: requiredText });
/**
 * The enterprise's word: confirmed (with its satisfaction, checked 1–5 by the rule so that the
 * message says so) or not satisfied (why, and optionally a score).
 */
export const confirmEnterpriseProblemSchema = z.strictObject({ version: versionSchema, satisfaction: z.number().int(), text: multilineText(ENTERPRISE_SERVICE_LIMITS.textLength).optional() });
export const reopenEnterpriseProblemSchema = z.strictObject({ version: versionSchema, text: requiredText, satisfaction: z.number().int().optional() });

export const enterpriseProblemActionsSchema = z.object({
  acknowledge: z.boolean(), answer: z.boolean(), confirm: z.boolean(), reopen: z.boolean(), supervise: z.boolean(), close: z.boolean(),
}) satisfies z.ZodType<EnterpriseProblemActions>;

export const enterpriseProblemItemSchema = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  districtId: z.number().int(),
  districtName: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
  category: enterpriseProblemCategorySchema,
  title: z.string(),
  status: enterpriseProblemStatusSchema,
  raisedVia: enterpriseProblemSourceSchema,
  raisedOn: z.string(),
  acknowledgeDueOn: z.string(),
  answerDueOn: z.string(),
  /** The deadline that runs now (signing for it, or the answer); null once answered or closed. */
  dueOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  overdue: z.boolean(),
  overdueWorkingDays: z.number().int(),
  workingDaysLeft: z.number().int().nullable(),
  ageDays: z.number().int(),
  ageWorkingDays: z.number().int(),
  supervisionCount: z.number().int(),
  reopenCount: z.number().int(),
  satisfaction: z.number().int().nullable(),
  version: z.number().int(),
  /** Demo rows only: cited from a seed document (its file and sentence) or synthetic; null for what users record. */
  demo: z.object({ source: z.enum(['document', 'synthetic']), file: z.string().nullable(), quote: z.string().nullable() }).nullable().default(null),
});
export type EnterpriseProblemItem = z.infer<typeof enterpriseProblemItemSchema>;

export const enterpriseProblemEventSchema = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  text: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  dueOn: z.string().nullable(),
  actorName: z.string().nullable(),
  at: instantSchema,
});

export const enterpriseProblemSchema = enterpriseProblemItemSchema.extend({
  description: z.string(),
  answer: z.string().nullable(),
  visitId: z.number().int().nullable(),
  raisedByName: z.string().nullable(),
  closedByCity: z.boolean(),
  actions: enterpriseProblemActionsSchema,
  events: z.array(enterpriseProblemEventSchema),
});
export type EnterpriseProblem = z.infer<typeof enterpriseProblemSchema>;

export const enterpriseProblemListQuerySchema = pageQuerySchema.extend({
  status: enterpriseProblemStatusSchema.optional(),
  category: enterpriseProblemCategorySchema.optional(),
  districtId: idSchema.optional(),
  enterpriseId: idSchema.optional(),
  open: z.enum(['true', 'false']).optional(),
});
export type EnterpriseProblemListQuery = z.infer<typeof enterpriseProblemListQuerySchema>;
export const enterpriseProblemListSchema = pageOf(enterpriseProblemItemSchema).extend({ today: z.string() });
export type EnterpriseProblemList = z.infer<typeof enterpriseProblemListSchema>;

/** The overdue list: problems past their running deadline, most overdue first, paged. */
export const enterpriseProblemOverdueQuerySchema = pageQuerySchema.extend({ districtId: idSchema.optional() });

/** Counts as the seeds report them (“收集问题18个，解决10个”), per district, for a period of dates. */
export const enterpriseProblemCountsQuerySchema = z.object({ from: dateSchema.optional(), to: dateSchema.optional() });
export const enterpriseProblemCountsSchema = z.object({
  from: z.string(),
  to: z.string(),
  items: z.array(z.object({ districtId: z.number().int(), districtName: z.string(), collected: z.number().int(), solved: z.number().int(), open: z.number().int(), overdue: z.number().int() })),
  total: z.object({ collected: z.number().int(), solved: z.number().int(), open: z.number().int(), overdue: z.number().int() }),
});
export type EnterpriseProblemCounts = z.infer<typeof enterpriseProblemCountsSchema>;

export const enterpriseServiceDepartmentsSchema = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string() })) });

/** An enterprise the user may pick (search by name or credit code, Traditional input accepted). */
export const enterpriseServiceEnterpriseQuerySchema = z.object({ q: z.string().trim().max(LIMITS.codeLength).default('') });
export const enterpriseServiceEnterprisesSchema = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string(), creditCode: z.string(), districtName: z.string() })) });

// Liaisons and visits ----------------------------------------------------------------------------

/** 一企一专人: the liaison cadre of a key enterprise (a user of the enterprise's district). */
export const setLiaisonSchema = z.strictObject({ enterpriseId: idSchema, userId: idSchema, version: versionSchema.optional() });

/** A visit (千名干部进千企): when, what was found, and the problems the enterprise raised on it. */
export const recordVisitSchema = z.strictObject({
  enterpriseId: idSchema,
  visitedOn: dateSchema,
  summary: requiredText,
  problems: z.array(z.strictObject(problemFields)).max(ENTERPRISE_SERVICE_LIMITS.problemsPerVisit).default([]),
});
export type RecordVisit = z.infer<typeof recordVisitSchema>;
export const visitSchema = z.object({
  id: z.number().int(), enterpriseId: z.number().int(), visitedOn: z.string(), visitorName: z.string(), summary: z.string(), problemIds: z.array(z.number().int()),
});

export const liaisonBoardQuerySchema = pageQuerySchema.extend({
  gapDays: z.coerce.number().int().min(LIAISON_VISIT_GAP.min).max(LIAISON_VISIT_GAP.max).default(LIAISON_VISIT_GAP.default),
  /** Only the enterprises not visited within gapDays. */
  unvisited: z.enum(['true', 'false']).optional(),
});
export const liaisonItemSchema = z.object({
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  creditCode: z.string(),
  districtName: z.string(),
  liaisonUserId: z.number().int(),
  liaisonName: z.string(),
  lastVisitedOn: z.string().nullable(),
  daysSinceVisit: z.number().int().nullable(),
  needsVisit: z.boolean(),
  visits: z.number().int(),
  openProblems: z.number().int(),
  version: z.number().int(),
});
export const liaisonBoardSchema = pageOf(liaisonItemSchema).extend({ today: z.string(), gapDays: z.number().int(), unvisited: z.number().int() });
export type LiaisonBoard = z.infer<typeof liaisonBoardSchema>;
export const liaisonCadresSchema = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string() })) });
/** The cadres who may be an enterprise's liaison: the active users of the district (or zone, or the city) serving it. */
export const liaisonCadresQuerySchema = z.object({ enterpriseId: idSchema.optional() });

// Cultivation --------------------------------------------------------------------------------------

export const cultivationKindSchema = z.enum(CULTIVATION_KINDS);
export const cultivationGroupSchema = z.enum(CULTIVATION_GROUPS);
export const cultivationTargetPeriodSchema = z.enum(CULTIVATION_TARGET_PERIODS);

/** A candidate's revenue as users type it (万元, “1,850.5”, full-width digits), counted to a month. */
export const saveCandidateSchema = z.strictObject({
  enterpriseId: idSchema,
  kind: cultivationKindSchema,
  revenueWan: z.string().trim().min(1).max(LIMITS.numberInputLength),
  revenueMonth: monthSchema,
  expectedMonth: monthSchema.nullable().default(null),
  version: versionSchema.optional(),
});
export type SaveCandidate = z.infer<typeof saveCandidateSchema>;
export const enterCandidateSchema = z.strictObject({ version: versionSchema, enteredMonth: monthSchema });

export const candidateItemSchema = z.object({
  id: z.number().int(),
  enterpriseId: z.number().int(),
  enterpriseName: z.string(),
  districtId: z.number().int(),
  districtName: z.string(),
  kind: cultivationKindSchema,
  group: cultivationGroupSchema,
  revenueWan: z.string(),
  revenueMonth: z.string(),
  thresholdWan: z.string(),
  gapWan: z.string(),
  /** Revenue / threshold × 100, two places. */
  shareOfThreshold: z.string(),
  reached: z.boolean(),
  mayEnterMonth: z.string().nullable(),
  expectedMonth: z.string().nullable(),
  enteredMonth: z.string().nullable(),
  version: z.number().int(),
});
export const cultivationQuerySchema = pageQuerySchema.extend({ year: yearQuerySchema.optional(), group: cultivationGroupSchema.optional() });

export const setCultivationTargetSchema = z.strictObject({
  organisationId: idSchema, year: yearSchema, period: cultivationTargetPeriodSchema, group: cultivationGroupSchema, target: z.number().int().min(1).max(100_000),
});
export const cultivationTargetSchema = z.object({
  id: z.number().int(),
  districtId: z.number().int(),
  districtName: z.string(),
  year: z.number().int(),
  period: cultivationTargetPeriodSchema,
  group: cultivationGroupSchema,
  target: z.number().int(),
  completed: z.number().int(),
  /** Percent, two places. */
  completion: z.string(),
  timeProgress: z.string(),
  status: z.enum(['ahead', 'level', 'behind']),
});
export const cultivationBoardSchema = z.object({
  year: z.number().int(),
  asOfMonth: z.string(),
  thresholdSource: z.string(),
  thresholds: z.record(cultivationKindSchema, z.string()),
  candidates: pageOf(candidateItemSchema),
  targets: z.array(cultivationTargetSchema),
});
export type CultivationBoard = z.infer<typeof cultivationBoardSchema>;
export type CandidateItem = z.infer<typeof candidateItemSchema>;
