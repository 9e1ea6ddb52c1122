import { z } from 'zod';
import { FIGURE_VINTAGES, GROWTH_BASE_KINDS, SUBMISSION_STATUSES, type FigureVintage, type MonthActions } from '@hongtu/domain';
import { codeSchema, instantSchema, textField, uniqueBy, yearSchema, type Locale } from './common';
import { decimalStringSchema, numberInputSchema } from './indicators';
import { LIMITS } from './limits';

export const periodKeySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const submissionStatusSchema = z.enum(SUBMISSION_STATUSES);
export const monthActionsSchema = z.object({
  edit: z.boolean(), submit: z.boolean(), withdraw: z.boolean(), requestRevision: z.boolean(), approve: z.boolean(), returnFigures: z.boolean(), decideRevision: z.boolean(),
}) satisfies z.ZodType<MonthActions>;
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;
export const figureSourceSchema = z.enum(['entered', 'imported', 'document', 'synthetic']);
/** A figure's vintage (docs/DOMAIN.md "Vintages"): 快报 → 初步核算 → 核实 → 年报. */
export const figureVintageSchema = z.enum(FIGURE_VINTAGES);
export const FIGURE_VINTAGE_LABELS: Readonly<Record<FigureVintage, Readonly<Record<Locale, string>>>> = {
  flash: { 'zh-CN': '快报', 'zh-TW': '快報', en: 'Flash' },
  preliminary: { 'zh-CN': '初步核算', 'zh-TW': '初步核算', en: 'Preliminary' },
  verified: { 'zh-CN': '核实', 'zh-TW': '核實', en: 'Verified' },
  annual: { 'zh-CN': '年报', 'zh-TW': '年報', en: 'Annual report' },
};

export const reportingPeriodSchema = z.object({
  id: z.number().int(),
  key: periodKeySchema,
  year: z.number().int(),
  month: z.number().int(),
  deadline: instantSchema,
  status: z.enum(['open', 'closed']),
});
export type ReportingPeriod = z.infer<typeof reportingPeriodSchema>;
/** A listed period, with how far its figures are published in the caller's scope. */
export const reportingPeriodListItemSchema = reportingPeriodSchema.extend({
  /**
   * District-months of the period in the caller's scope whose figures are published (approved, or
   * approved with a revision requested). The latest month with publishedCount > 0 is the latest
   * month the dashboards show without unapproved figures.
   */
  publishedCount: z.number().int(),
});
export type ReportingPeriodListItem = z.infer<typeof reportingPeriodListItemSchema>;
export const reportingPeriodListSchema = z.object({ items: z.array(reportingPeriodListItemSchema) });
export const openPeriodRequestSchema = z.strictObject({
  year: yearSchema,
  month: z.number().int().min(1).max(12),
  /** Calendar date of the deadline in Asia/Shanghai; default the 5th of the next month. */
  deadlineDate: z.iso.date().optional(),
});
export const updatePeriodRequestSchema = z.strictObject({
  status: z.enum(['open', 'closed']).optional(),
  deadlineDate: z.iso.date().optional(),
});

/** One consistency finding of a dry run: blocking errors stop a submit, warnings need a note. */
export const checkFindingSchema = z.object({
  indicatorCode: z.string().nullable(),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});
export type CheckFinding = z.infer<typeof checkFindingSchema>;

/**
 * One figure of a month. In the as-of view (GET …/as-of) `returned` / `returnReason` are those in
 * force at the asked version when they can be known: while the return the month is currently under
 * (no submit since) was in force they are exact; during an earlier return (a submit followed it)
 * which figures were returned, and why, is not stored, so they are false / null. `sourceRef` /
 * `sourceQuote` are kept per figure, not per version: given when the figure's version at the asked
 * version is its current one, else null.
 */
export const figureSchema = z.object({
  indicatorCode: z.string(),
  ytdValue: decimalStringSchema.nullable(),
  reportedYoy: decimalStringSchema.nullable(),
  note: z.string().nullable(),
  returned: z.boolean(),
  returnReason: z.string().nullable(),
  source: figureSourceSchema,
  sourceRef: z.string().nullable(),
  sourceQuote: z.string().nullable(),
  version: z.number().int(),
  /**
   * The comparable basis (同口径, docs/DOMAIN.md "Comparable basis"): last year's same-period value
   * adjusted to this year's basis, the growth reported on that basis, and the reason for either.
   */
  adjustedBase: decimalStringSchema.nullable(),
  reportedYoyComparable: decimalStringSchema.nullable(),
  comparableReason: z.string().nullable(),
  /** The figure's vintage (flash for a figure not yet entered). */
  vintage: figureVintageSchema,
  /** Reference values shown beside the input: the YTD of the indicator's previous due month (previousMonth) … */
  previousYtd: decimalStringSchema.nullable(),
  previousMonth: z.number().int().min(1).max(12).nullable(),
  /** … the note written at that previous due month (the grid's "copy last month's notes"). */
  previousNote: z.string().nullable(),
  /** … and last year's same-period figure as approved (the base of growth; null when never approved). */
  lastYearYtd: decimalStringSchema.nullable(),
  /** Last year's figure was changed by a revision after it was first approved: the value first approved and when the new one was entered. */
  lastYearRevision: z.object({ firstApprovedYtd: decimalStringSchema.nullable(), revisedAt: instantSchema }).nullable(),
  /** The computed growth in use: against the adjusted base when one is given, else against last year's figure; computedYoyBase says which. */
  computedYoy: decimalStringSchema.nullable(),
  computedYoyBase: z.enum(GROWTH_BASE_KINDS).nullable(),
  /** The computed growth against last year's figure (自然口径), shown beside the comparable one. */
  computedYoyNatural: decimalStringSchema.nullable(),
});
export type Figure = z.infer<typeof figureSchema>;

export const submissionSchema = z.object({
  id: z.number().int().nullable(),
  periodKey: periodKeySchema,
  organisationId: z.number().int(),
  organisationName: z.string(),
  status: submissionStatusSchema,
  version: z.number().int(),
  late: z.boolean(),
  submittedAt: instantSchema.nullable(),
  approvedAt: instantSchema.nullable(),
  reason: z.string().nullable(),
  deadline: instantSchema,
  /** The indicators due this month (packages/domain frequency.ts): the others are not asked for. */
  figures: z.array(figureSchema),
  /** Codes of the indicators not reported this month (GDP outside quarter ends, 固投 in January …). */
  notDue: z.array(z.string()),
  /** What the signed-in user may do on this month (the server enforces the same rules). */
  actions: monthActionsSchema,
});
export type Submission = z.infer<typeof submissionSchema>;
export const submissionParamsSchema = z.strictObject({
  periodKey: periodKeySchema,
  organisationId: z.coerce.number().int().positive(),
});

export const figureInputSchema = z.strictObject({
  indicatorCode: codeSchema,
  ytdValue: numberInputSchema,
  reportedYoy: numberInputSchema,
  note: z.string().max(LIMITS.noteLength).nullable(),
  /** The comparable basis; left out, the stored values are kept (an import without these columns changes none of them). */
  adjustedBase: numberInputSchema.optional(),
  reportedYoyComparable: numberInputSchema.optional(),
  comparableReason: z.string().max(LIMITS.reasonLength).nullable().optional(),
  /** The vintage; left out, the stored one is kept (flash for a new figure). It moves forward only, except under a granted revision. */
  vintage: figureVintageSchema.optional(),
  /** The figure version the operator edited; 0 for a new figure. */
  version: z.number().int().min(0),
});
export type FigureInput = z.infer<typeof figureInputSchema>;
/** At most one figure per indicator: a second value for the same one is refused, not silently applied. */
export const saveFiguresRequestSchema = z.strictObject({
  figures: z.array(figureInputSchema).min(1).max(LIMITS.figuresPerSave).superRefine(uniqueBy('indicatorCode')),
});
/** A cell the grid's draft save refused: which figure and field, the message code and its localized reason. */
export const rejectedCellSchema = z.object({
  indicatorCode: z.string(),
  field: z.enum(['ytdValue', 'reportedYoy', 'note', 'adjustedBase', 'reportedYoyComparable', 'comparableReason', 'vintage', 'indicatorCode']),
  code: z.string(),
  message: z.string(),
});
export type RejectedCell = z.infer<typeof rejectedCellSchema>;
/**
 * The grid's draft save (POST …/draft): the valid figures saved, the refused ones listed per cell
 * (a refused figure is not written at all; its other cells stay as typed in the grid).
 */
export const draftSaveResultSchema = z.object({ submission: submissionSchema, rejected: z.array(rejectedCellSchema) });
export type DraftSaveResult = z.infer<typeof draftSaveResultSchema>;
export const checkReportSchema = z.object({ findings: z.array(checkFindingSchema), blocking: z.boolean() });
export type CheckReport = z.infer<typeof checkReportSchema>;

export const versionedActionSchema = z.strictObject({ version: z.number().int().min(1) });
export const returnRequestSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: textField(1, LIMITS.reasonLength),
  /** Return only these figures, each with its reason (one per indicator); all figures when absent. */
  figures: z.array(z.strictObject({ indicatorCode: codeSchema, reason: textField(1, LIMITS.reasonLength) }))
    .max(LIMITS.figuresPerSave).superRefine(uniqueBy('indicatorCode')).optional(),
});
export const revisionRequestSchema = z.strictObject({ version: z.number().int().min(1), reason: textField(1, LIMITS.reasonLength) });
export const revisionDecisionSchema = z.strictObject({
  version: z.number().int().min(1),
  grant: z.boolean(),
  reason: textField(1, LIMITS.reasonLength).optional(),
});

export const submissionEventSchema = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  submissionVersion: z.number().int(),
  reason: z.string().nullable(),
  /** The actor's user name (login). */
  actorName: z.string().nullable(),
  /** The actor's display name (e.g. 张三), for showing. */
  actorDisplayName: z.string().nullable(),
  at: instantSchema,
});
export const figureVersionSchema = z.object({
  indicatorCode: z.string(),
  version: z.number().int(),
  ytdValue: decimalStringSchema.nullable(),
  reportedYoy: decimalStringSchema.nullable(),
  note: z.string().nullable(),
  adjustedBase: decimalStringSchema.nullable(),
  reportedYoyComparable: decimalStringSchema.nullable(),
  comparableReason: z.string().nullable(),
  vintage: figureVintageSchema,
  source: z.string(),
  /** The user name (login) of who changed it. */
  changedBy: z.string().nullable(),
  /** The display name of who changed it, for showing. */
  changedByDisplayName: z.string().nullable(),
  changedAt: instantSchema,
  submissionVersion: z.number().int(),
});
export const submissionHistorySchema = z.object({
  events: z.array(submissionEventSchema),
  versions: z.array(figureVersionSchema),
});
export const asOfQuerySchema = z.object({ submissionVersion: z.coerce.number().int().min(1) });

export const boardRowSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  kind: z.string(),
  status: submissionStatusSchema,
  late: z.boolean(),
  submittedAt: instantSchema.nullable(),
  updatedAt: instantSchema.nullable(),
  returnedFigures: z.number().int(),
});
export const boardSchema = z.object({ period: reportingPeriodSchema, rows: z.array(boardRowSchema) });
export type Board = z.infer<typeof boardSchema>;
