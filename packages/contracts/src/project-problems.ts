import { z } from 'zod';
import { PROBLEM_CATEGORIES, PROBLEM_DEADLINE, PROBLEM_STATUSES, type ProblemActions } from '@hongtu/domain';
import { idSchema, instantSchema, pageQuerySchema, textField } from './common';
import { multilineText } from './projects';

// Problems raised on a major project and their coordination (docs/DOMAIN.md "Problems and
// coordination"): raised by the district, sent to a department with a deadline in working days,
// answered or returned, closed or sent back, supervised (督办) when overdue; the city's dispatch list.

export const problemCategorySchema = z.enum(PROBLEM_CATEGORIES);
export const problemStatusSchema = z.enum(PROBLEM_STATUSES);

export const PROBLEM_LIMITS = { titleLength: 100, textLength: 2000 } as const;

const deadlineDaysSchema = z.number().int().min(PROBLEM_DEADLINE.min).max(PROBLEM_DEADLINE.max);
const versionSchema = z.number().int().min(1);
const problemText = multilineText(PROBLEM_LIMITS.textLength).pipe(z.string().min(1));

export const raiseProblemSchema = z.strictObject({
  projectId: idSchema,
  category: problemCategorySchema,
  title: textField(1, PROBLEM_LIMITS.titleLength),
  description: multilineText(PROBLEM_LIMITS.textLength),
  departmentId: idSchema,
  deadlineDays: deadlineDaysSchema.default(PROBLEM_DEADLINE.default),
});
export type RaiseProblem = z.infer<typeof raiseProblemSchema>;

/** answer (the answer itself), decline (why it is not the department's), reopen (why the answer does not do). */
export const problemTextActionSchema = z.strictObject({ version: versionSchema, text: problemText });
export const problemActionSchema = z.strictObject({ version: versionSchema });
export const assignProblemSchema = z.strictObject({ version: versionSchema, departmentId: idSchema, deadlineDays: deadlineDaysSchema });
/** 督办: the city's words to the department and the working days it is given from today. */
export const superviseProblemSchema = z.strictObject({ version: versionSchema, text: problemText, deadlineDays: deadlineDaysSchema.optional() });

export const problemActionsSchema = z.object({
  answer: z.boolean(), decline: z.boolean(), close: z.boolean(), reopen: z.boolean(), assign: z.boolean(), supervise: z.boolean(), attach: z.boolean(),
}) satisfies z.ZodType<ProblemActions>;

const clockFields = {
  raisedOn: z.string(),
  dueOn: z.string(),
  closedOn: z.string().nullable(),
  overdue: z.boolean(),
  overdueWorkingDays: z.number().int(),
  ageDays: z.number().int(),
  ageWorkingDays: z.number().int(),
  closeWorkingDays: z.number().int().nullable(),
  /** The official holiday calendar knows the deadline's year (else weekends only were counted). */
  calendarKnown: z.boolean(),
};

export const problemItemSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectCode: z.string(),
  projectName: z.string(),
  districtId: z.number().int(),
  districtName: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
  category: problemCategorySchema,
  title: z.string(),
  status: problemStatusSchema,
  deadlineDays: z.number().int(),
  supervisedAt: instantSchema.nullable(),
  supervisionCount: z.number().int(),
  version: z.number().int(),
  ...clockFields,
});
export type ProblemItem = z.infer<typeof problemItemSchema>;

export const problemEventSchema = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  text: z.string().nullable(),
  departmentName: z.string().nullable(),
  dueOn: z.string().nullable(),
  actorName: z.string().nullable(),
  at: instantSchema,
});

export const problemSchema = problemItemSchema.extend({
  description: z.string(),
  answer: z.string().nullable(),
  raisedByName: z.string().nullable(),
  actions: problemActionsSchema,
  events: z.array(problemEventSchema),
});
export type Problem = z.infer<typeof problemSchema>;

export const problemListQuerySchema = pageQuerySchema.extend({
  projectId: idSchema.optional(),
  districtId: idSchema.optional(),
  departmentId: idSchema.optional(),
  status: problemStatusSchema.optional(),
  /** Only the open ones (not closed). */
  open: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});
export type ProblemListQuery = z.infer<typeof problemListQuerySchema>;
export const problemListSchema = z.object({ items: z.array(problemItemSchema), total: z.number().int() });
export type ProblemList = z.infer<typeof problemListSchema>;

/** The departments a problem may be sent to. */
export const problemDepartmentsSchema = z.object({ items: z.array(z.object({ id: z.number().int(), name: z.string() })) });

/** The dispatch meeting's list (调度会): open problems, counted by district and by department, oldest first. */
const dispatchCountSchema = z.object({ id: z.number().int(), name: z.string(), open: z.number().int(), overdue: z.number().int(), oldestDays: z.number().int() });
export const problemDispatchSchema = z.object({
  today: z.string(),
  items: z.array(problemItemSchema),
  byDistrict: z.array(dispatchCountSchema),
  byDepartment: z.array(dispatchCountSchema),
});
export type ProblemDispatch = z.infer<typeof problemDispatchSchema>;
export const problemDispatchQuerySchema = z.object({ districtId: idSchema.optional(), departmentId: idSchema.optional() });
