import { z } from 'zod';
import { TOUR_CRITERIA_LIMITS, TOUR_STATUSES, type TourActions } from '@hongtu/domain';
import { idSchema, instantSchema, pageOf, pageQuerySchema, textField } from './common';

// Inspection tours 观摩拉练 (docs/DOMAIN.md "Major projects" → "Inspection tours"): the city sets a tour
// (name, date, criteria with their weights, judges), districts nominate their projects, the city fixes
// the route, judges score each stop per criterion, and after the city closes the tour everyone sees
// every score and the districts ranked.

export const TOUR_LIMITS = { nameLength: 100, criterionNameLength: 20, judges: 50, stops: 100, pageSize: 100, judgeCandidates: 500 } as const;

export const tourStatusSchema = z.enum(TOUR_STATUSES);
const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const tourCriterionInputSchema = z.strictObject({
  name: textField(1, TOUR_LIMITS.criterionNameLength),
  weight: z.number().int().min(1).max(TOUR_CRITERIA_LIMITS.total),
});

export const createTourSchema = z.strictObject({
  name: textField(1, TOUR_LIMITS.nameLength),
  tourDate: dateSchema,
  criteria: z.array(tourCriterionInputSchema).min(TOUR_CRITERIA_LIMITS.min).max(TOUR_CRITERIA_LIMITS.max),
  judgeIds: z.array(idSchema).max(TOUR_LIMITS.judges).default([]),
});
export type CreateTour = z.infer<typeof createTourSchema>;

export const nominateSchema = z.strictObject({ projectId: idSchema });
/** The route: the stops in the order they are visited (nominations left out are not visited). */
export const tourRouteSchema = z.strictObject({ stopIds: z.array(idSchema).min(1).max(TOUR_LIMITS.stops) });
/** A judge's scores of one stop, as typed ("27.5"): every criterion, within 0..its weight. */
export const tourScoresSchema = z.strictObject({
  scores: z.array(z.strictObject({ criterionId: idSchema, score: z.string().max(10) })).min(1).max(TOUR_CRITERIA_LIMITS.max),
});
export type TourScoresInput = z.infer<typeof tourScoresSchema>;
export const tourListQuerySchema = pageQuerySchema.extend({ pageSize: z.coerce.number().int().min(1).max(TOUR_LIMITS.pageSize).default(20) });

export const tourActionsSchema = z.object({ manage: z.boolean(), nominate: z.boolean(), score: z.boolean(), close: z.boolean() }) satisfies z.ZodType<TourActions>;

export const tourListItemSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  tourDate: z.string(),
  status: tourStatusSchema,
  stops: z.number().int(),
  /** The leader contacts (包联) a project of the route. */
  mine: z.boolean(),
});
export const tourListSchema = pageOf(tourListItemSchema);
export type TourList = z.infer<typeof tourListSchema>;

export const tourCriterionSchema = z.object({ id: z.number().int(), name: z.string(), weight: z.number().int() });
export const tourStopSchema = z.object({
  id: z.number().int(),
  projectId: z.number().int(),
  projectName: z.string(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  /** Place on the route (1, 2 …); null while only nominated. */
  position: z.number().int().nullable(),
  contactLeader: z.string(),
  /** A demo stop's sentence of the tour's seed document. */
  sourceQuote: z.string().nullable(),
  /** The reader's own scores of the stop by criterion id ("27.5"), when he is a judge. */
  myScores: z.record(z.string(), z.string()),
});
export const tourScoreSchema = z.object({ stopId: z.number().int(), judgeName: z.string(), criterionId: z.number().int(), score: z.string() });
export const tourResultSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  stops: z.number().int(),
  scoredStops: z.number().int(),
  /** Two decimals, half-up ("85.05"). */
  score: z.string().nullable(),
  rank: z.number().int().nullable(),
});
export const tourSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  tourDate: z.string(),
  status: tourStatusSchema,
  organiserName: z.string(),
  /** A demo tour's seed document and sentence, and what is illustrative in it. */
  source: z.object({ file: z.string(), quote: z.string(), note: z.string().nullable() }).nullable(),
  criteria: z.array(tourCriterionSchema),
  judges: z.array(z.object({ id: z.number().int(), name: z.string() })),
  stops: z.array(tourStopSchema),
  /** Every judge's scores, once the tour is closed (empty before). */
  scores: z.array(tourScoreSchema),
  /** Each stop's mean score (two decimals) once the tour is closed. */
  stopScores: z.record(z.string(), z.string().nullable()),
  /** Districts ranked, once the tour is closed. */
  results: z.array(tourResultSchema),
  version: z.number().int(),
  updatedAt: instantSchema,
  actions: tourActionsSchema,
});
export type Tour = z.infer<typeof tourSchema>;
export type TourStop = z.infer<typeof tourStopSchema>;

/** Accounts the city may name as judges: active users whose role may score (at most TOUR_LIMITS.judgeCandidates). */
export const judgeCandidateListSchema = z.object({
  items: z.array(z.object({ id: z.number().int(), name: z.string(), organisationName: z.string(), role: z.string() })),
});
export type JudgeCandidateList = z.infer<typeof judgeCandidateListSchema>;
