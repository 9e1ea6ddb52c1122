import { z } from 'zod';
import { decimalStringSchema } from './indicators';
import { periodKeySchema } from './reporting';

export const cardColourSchema = z.enum(['red', 'yellow', 'watch']);
export type CardColour = z.infer<typeof cardColourSchema>;

export const cardSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  indicatorCode: z.string(),
  colour: cardColourSchema,
  ruleId: z.string(),
  reason: z.string(),
  leader: z.string().nullable(),
  department: z.string().nullable(),
});
export type Card = z.infer<typeof cardSchema>;

/** One cell of the overview: a district's figure for one indicator, measured against target and time. */
export const measureCellSchema = z.object({
  indicatorCode: z.string(),
  ytdValue: decimalStringSchema.nullable(),
  yoy: decimalStringSchema.nullable(),
  reportedYoy: decimalStringSchema.nullable(),
  amountTarget: decimalStringSchema.nullable(),
  growthTarget: decimalStringSchema.nullable(),
  completion: decimalStringSchema.nullable(),
  timeProgress: decimalStringSchema,
  progressGap: decimalStringSchema.nullable(),
  card: cardColourSchema.nullable(),
  rank: z.number().int().nullable(),
  groupRank: z.number().int().nullable(),
  source: z.string().nullable(),
  sourceRef: z.string().nullable(),
  sourceQuote: z.string().nullable(),
});
export type MeasureCell = z.infer<typeof measureCellSchema>;

export const overviewRowSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  groupIds: z.array(z.number().int()),
  cells: z.array(measureCellSchema),
});
export const overviewSchema = z.object({
  periodKey: periodKeySchema,
  timeProgress: decimalStringSchema,
  indicatorCodes: z.array(z.string()),
  rows: z.array(overviewRowSchema),
  averages: z.array(z.object({ indicatorCode: z.string(), cityCompletion: decimalStringSchema.nullable(), cityYoy: decimalStringSchema.nullable() })),
});
export type Overview = z.infer<typeof overviewSchema>;
export const overviewQuerySchema = z.object({
  period: periodKeySchema,
  groupId: z.coerce.number().int().positive().optional(),
  /** Reviewers may include figures not yet approved. */
  includeUnapproved: z.enum(['true', 'false']).optional(),
});

export const rankingMeasureSchema = z.enum(['completion', 'yoy', 'progressGap', 'ytdValue']);
export const rankingQuerySchema = z.object({
  period: periodKeySchema,
  indicator: z.string().max(64),
  measure: rankingMeasureSchema.default('completion'),
  groupId: z.coerce.number().int().positive().optional(),
});
export const rankingSchema = z.object({
  periodKey: periodKeySchema,
  indicatorCode: z.string(),
  measure: rankingMeasureSchema,
  timeProgress: decimalStringSchema,
  average: decimalStringSchema.nullable(),
  rows: z.array(z.object({
    organisationId: z.number().int(),
    organisationName: z.string(),
    value: decimalStringSchema.nullable(),
    ytdValue: decimalStringSchema.nullable(),
    amountTarget: decimalStringSchema.nullable(),
    completion: decimalStringSchema.nullable(),
    rank: z.number().int().nullable(),
    aboveAverage: z.enum(['above', 'equal', 'below']).nullable(),
    card: cardColourSchema.nullable(),
  })),
});
export type Ranking = z.infer<typeof rankingSchema>;

export const districtDashboardQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const districtDashboardSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  year: z.number().int(),
  indicators: z.array(z.object({
    indicatorCode: z.string(),
    amountTarget: decimalStringSchema.nullable(),
    growthTarget: decimalStringSchema.nullable(),
    months: z.array(z.object({
      month: z.number().int(),
      ytdValue: decimalStringSchema.nullable(),
      targetTrajectory: decimalStringSchema.nullable(),
      completion: decimalStringSchema.nullable(),
      timeProgress: decimalStringSchema,
      source: z.string().nullable(),
      sourceRef: z.string().nullable(),
      sourceQuote: z.string().nullable(),
    })),
    responsibility: z.object({ leader: z.string(), department: z.string(), taskForce: z.string(), measures: z.string() }).nullable(),
  })),
  cards: z.array(cardSchema),
});
export type DistrictDashboard = z.infer<typeof districtDashboardSchema>;

export const warningBoardQuerySchema = z.object({ period: periodKeySchema });
export const warningBoardSchema = z.object({ periodKey: periodKeySchema, cards: z.array(cardSchema) });
export type WarningBoard = z.infer<typeof warningBoardSchema>;
