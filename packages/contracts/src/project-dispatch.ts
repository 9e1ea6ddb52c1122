// 项目调度: what the city's monthly dispatch reads of the major projects — the warning lists, the
// projects in statistics beside the districts' fixed-asset investment, the dashboards and the map
// (district boundaries the city uploads), approval into the city list, and mass starts and signings.
import { z } from 'zod';
import { CARD_COLOURS, INDICATOR_LINK_FLAGS, MAX_STALLED_MONTHS, PROJECT_STAGES, PROJECT_WARNING_KINDS, PROJECT_YEAR_STATUSES } from '@hongtu/domain';
import { idSchema } from './common';
import { periodKeySchema } from './reporting';

export const projectWarningKindSchema = z.enum(PROJECT_WARNING_KINDS);
export const cardColourSchema = z.enum(CARD_COLOURS);

/** The month under review ("2026-10") and, for the lists, an optional district. */
export const dispatchQuerySchema = z.object({
  period: periodKeySchema,
  organisationId: idSchema.optional(),
});
export type DispatchQuery = z.infer<typeof dispatchQuerySchema>;

export const projectWarningQuerySchema = dispatchQuerySchema.extend({
  kind: projectWarningKindSchema.optional(),
  /** The stall rule: months in a row without a report (default 2). */
  stalledMonths: z.coerce.number().int().min(1).max(MAX_STALLED_MONTHS).optional(),
});
export type ProjectWarningQuery = z.infer<typeof projectWarningQuerySchema>;

/** A project on the warning lists; amounts in 万元 and rates in percent as exact text. */
export const projectWarningItemSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  contactLeader: z.string(),
  yearStatus: z.enum(PROJECT_YEAR_STATUSES),
  stage: z.enum(PROJECT_STAGES),
  annualPlan: z.string(),
  ytdInvestment: z.string().nullable(),
  completion: z.string().nullable(),
  timeProgress: z.string(),
  colour: cardColourSchema.nullable(),
  kinds: z.array(projectWarningKindSchema),
  /** Each card's reason in the reader's language: "序时进度比低于60% → 红牌". */
  reasons: z.array(z.string()),
  monthsWithoutReport: z.number().int(),
});
export type ProjectWarningItem = z.infer<typeof projectWarningItemSchema>;

export const projectWarningListSchema = z.object({
  period: periodKeySchema,
  stalledMonths: z.number().int(),
  /** Projects on each list (a project may be on several), before the kind filter. */
  counts: z.record(projectWarningKindSchema, z.number().int()),
  items: z.array(projectWarningItemSchema),
});
export type ProjectWarningList = z.infer<typeof projectWarningListSchema>;

/** One district's month: its in-statistics projects' investment beside its reported 固定资产投资 (万元). */
export const indicatorLinkRowSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  projectCount: z.number().int(),
  projectsYtd: z.string(),
  reportedYtd: z.string().nullable(),
  difference: z.string().nullable(),
  share: z.string().nullable(),
  flag: z.enum(INDICATOR_LINK_FLAGS),
  explanation: z.string(),
});
export type IndicatorLinkRow = z.infer<typeof indicatorLinkRowSchema>;
export const indicatorLinkListSchema = z.object({ period: periodKeySchema, rows: z.array(indicatorLinkRowSchema) });
export type IndicatorLinkList = z.infer<typeof indicatorLinkListSchema>;

export const countSchema = z.object({ key: z.string(), count: z.number().int() });

/** A district's plan and progress in the year: plan vs actual by month, start rate, completion ranked against time progress. */
export const districtProgressSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  projectCount: z.number().int(),
  annualPlan: z.string(),
  ytdInvestment: z.string(),
  completion: z.string().nullable(),
  /** completion − time progress, pp. */
  gap: z.string().nullable(),
  /** Projects planned to start by the month's end, and how many of them have. */
  plannedStarts: z.number().int(),
  started: z.number().int(),
  startRate: z.string().nullable(),
  /** 1 = furthest ahead of time progress; ties share a rank. */
  rank: z.number().int().nullable(),
  months: z.array(z.object({ month: z.number().int(), planned: z.string(), actual: z.string() })),
});
export type DistrictProgress = z.infer<typeof districtProgressSchema>;

export const projectDashboardSchema = z.object({
  period: periodKeySchema,
  timeProgress: z.string(),
  byStage: z.array(countSchema),
  byYearStatus: z.array(countSchema),
  districts: z.array(districtProgressSchema),
  /** The reader's own projects (包联: the projects naming him as contact leader) with their warnings. */
  own: z.array(projectWarningItemSchema),
});
export type ProjectDashboard = z.infer<typeof projectDashboardSchema>;

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4).max(20_000);
const polygon = z.array(ring).min(1).max(100);
export const boundaryGeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygon }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon).min(1).max(200) }),
]);
export const boundaryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.object({
    type: z.literal('Feature'),
    properties: z.looseObject({ code: z.union([z.string(), z.number()]).optional(), adcode: z.union([z.string(), z.number()]).optional(), name: z.string().optional() }),
    geometry: boundaryGeometrySchema,
  })).min(1).max(500),
});
export type BoundaryCollectionInput = z.infer<typeof boundaryCollectionSchema>;

/** The city's district boundaries, with where they come from. */
export const boundaryInputSchema = z.object({
  name: z.string().trim().min(1).max(200),
  source: z.string().trim().min(1).max(1000),
  geojson: boundaryCollectionSchema,
});
export type BoundaryInput = z.infer<typeof boundaryInputSchema>;

export const boundarySchema = z.object({
  id: z.number().int(),
  name: z.string(),
  source: z.string(),
  /** Districts of the collection with no organisation of that code or name (shown, never matched). */
  unmatched: z.array(z.string()),
  uploadedAt: z.string(),
  geojson: boundaryCollectionSchema,
});
export type Boundary = z.infer<typeof boundarySchema>;

export const mapPointSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  organisationName: z.string(),
  longitude: z.number(),
  latitude: z.number(),
  yearStatus: z.enum(PROJECT_YEAR_STATUSES),
  stage: z.enum(PROJECT_STAGES),
  colour: cardColourSchema.nullable(),
  /** Whether the point lies inside its district's boundary (null: no boundary for it). */
  inside: z.boolean().nullable(),
});
export const projectMapSchema = z.object({ boundary: boundarySchema.nullable(), points: z.array(mapPointSchema) });
export type ProjectMap = z.infer<typeof projectMapSchema>;
export type MapPoint = z.infer<typeof mapPointSchema>;

/** The city reviewer takes a project into the city list (市重点); its category's entry threshold is checked. */
export const cityApprovalInputSchema = z.object({ version: z.number().int().min(1) });
export const cityApprovalSchema = z.object({
  projectId: z.number().int(),
  level: z.literal('city'),
  approvedAt: z.string(),
  approvedBy: z.string(),
  version: z.number().int(),
});
export type CityApproval = z.infer<typeof cityApprovalSchema>;

export const PROJECT_EVENT_KINDS = ['mass_start', 'mass_signing'] as const;
/** 集中开工 / 集中签约: a batch of projects with counts and total investment, as the document reports them. */
export const projectEventSchema = z.object({
  id: z.number().int(),
  kind: z.enum(PROJECT_EVENT_KINDS),
  title: z.string(),
  organisationId: z.number().int(),
  organisationName: z.string(),
  /** "2019-02" or a date: what the source says. */
  heldIn: z.string(),
  projectCount: z.number().int().nullable(),
  /** 亿元, as stated. */
  totalInvestment: z.string().nullable(),
  source: z.object({ file: z.string(), quote: z.string() }).nullable(),
  /** The library's projects in the batch (those the reader may see). */
  projects: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export type ProjectEvent = z.infer<typeof projectEventSchema>;
export const projectEventListSchema = z.object({ items: z.array(projectEventSchema) });
export type ProjectEventList = z.infer<typeof projectEventListSchema>;
