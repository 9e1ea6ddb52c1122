import { z } from 'zod';
import { AVERAGE_RELATIONS, CARD_COLOURS, COMPARISONS, ORG_LEVELS, RANKING_MEASURES, RANK_MOVEMENTS, TARGET_COMPARATORS, WARNING_METRICS } from '@hongtu/domain';
import { codeSchema, yearQuerySchema } from './common';
import { decimalStringSchema, directionSchema } from './indicators';
import { LIMITS } from './limits';
import { figureSourceSchema, figureVintageSchema, periodKeySchema } from './reporting';

export const cardColourSchema = z.enum(CARD_COLOURS);
export type CardColour = z.infer<typeof cardColourSchema>;

/** "true" lets city reviewers see submitted (not yet approved) figures; ignored for other roles. */
const includeUnapprovedSchema = z.enum(['true', 'false']).optional();

export const cardSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  indicatorCode: z.string(),
  indicatorName: z.string(),
  periodKey: periodKeySchema,
  colour: cardColourSchema,
  ruleId: z.string(),
  /** The reason in the caller's language, ending with the card ("… → 黄牌"). */
  reason: z.string(),
  /** The reason in bulletin wording for tables and print ("完成时序进度的50.3%，低于60%，亮红牌"). */
  shortReason: z.string(),
  /** 连续N个月: due months in a row, up to this one, the district × indicator has carried a card (1–12). */
  monthsCarded: z.number().int().min(1).max(12),
  leader: z.string().nullable(),
  department: z.string().nullable(),
});
export type Card = z.infer<typeof cardSchema>;

/** Where a figure came from; document figures carry the seed file and the sentence. */
const sourceFields = {
  source: figureSourceSchema.nullable(),
  sourceRef: z.string().nullable(),
  sourceQuote: z.string().nullable(),
  /** The figure's vintage, 快报 / 初步核算 / 核实 / 年报 (DOMAIN.md "Vintages"); null without a figure, absent in answers stored before it was sent. */
  vintage: figureVintageSchema.nullable().optional(),
};

const comparatorSchema = z.enum(TARGET_COMPARATORS);

/**
 * How a figure stands against every kind of target (DOMAIN.md "Completion and gaps"): a floor of a
 * flow or stock by its completion; a ceiling ("控制在…以内") or a target of a rate as met or not;
 * a growth target by the gap between the growth and the target, in percentage points.
 */
const targetFields = {
  /** How the amount target is stated (≥ / ≤); null without one. */
  amountComparator: comparatorSchema.nullable(),
  /** A ceiling or a target of a rate: met or not (the boundary is met); null when judged by completion or no target. */
  amountMet: z.boolean().nullable(),
  growthComparator: comparatorSchema.nullable(),
  /** The growth judged and ranked: reported (同口径 first), else computed; percent. */
  growth: decimalStringSchema.nullable(),
  /** Growth − growth target, percentage points (个百分点); null without either. */
  growthGap: decimalStringSchema.nullable(),
  growthMet: z.boolean().nullable(),
  /** 当月 = YTD − last month's YTD: computed, never reported; null for rates and stocks or without last month. */
  monthValue: decimalStringSchema.nullable(),
};

/** One cell of the overview: a district's figure for one indicator, measured against target and time. */
export const measureCellSchema = z.object({
  indicatorCode: z.string(),
  ytdValue: decimalStringSchema.nullable(),
  /** Growth computed from last year's same period (null when last year is unknown). */
  yoy: decimalStringSchema.nullable(),
  reportedYoy: decimalStringSchema.nullable(),
  /** Reported and computed growth differ by more than the tolerance (同口径 explanation). */
  yoyMismatch: z.boolean(),
  amountTarget: decimalStringSchema.nullable(),
  growthTarget: decimalStringSchema.nullable(),
  /** Percent, 6 decimals at most; round for display. */
  completion: decimalStringSchema.nullable(),
  /** The target's schedule when it has one, else m / 12 (percent). */
  timeProgress: decimalStringSchema,
  /** Percentage points, completion − time progress. */
  progressGap: decimalStringSchema.nullable(),
  card: cardColourSchema.nullable(),
  /** Why the card was given, in the caller's language (the same text as the warning board's); null without a card. */
  cardReason: z.string().nullable(),
  /** Rank among all districts of the city by the indicator's rank measure, on the published rounding (ties share). */
  rank: z.number().int().nullable(),
  /** Rank inside the filter group, or the district's first group. */
  groupRank: z.number().int().nullable(),
  /** Last year's same period (上年同期), the base growth is read against; null when not reported. */
  lastYearYtd: decimalStringSchema.nullable().optional(),
  ...targetFields,
  ...sourceFields,
});
export type MeasureCell = z.infer<typeof measureCellSchema>;

export const rankingMeasureSchema = z.enum(RANKING_MEASURES);
export type RankingMeasure = z.infer<typeof rankingMeasureSchema>;

/** What a column of a dashboard is about, named in the caller's language. */
export const dashboardIndicatorSchema = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: directionSchema,
  decimals: z.number().int(),
  /** The measure the overview ranks this indicator by (completion when it has amount targets). */
  rankMeasure: rankingMeasureSchema,
  /**
   * Overview and ranking: the month whose figures stand for the period — the indicator's latest due
   * month (前三季度 for a quarterly GDP in October); null before its first due month of the year.
   */
  figurePeriodKey: periodKeySchema.nullable().optional(),
});
export type DashboardIndicator = z.infer<typeof dashboardIndicatorSchema>;

export const overviewRowSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  groupIds: z.array(z.number().int()),
  cells: z.array(measureCellSchema),
});
export type OverviewRow = z.infer<typeof overviewRowSchema>;
/** How the answer treats the city's territory (docs/DOMAIN.md "Territorial scope"). */
export const territoryOfAnswerSchema = z.object({
  /** Zones and districts ranked in separate groups in the city's ranks. */
  rankZonesSeparately: z.boolean(),
  /** Units left out of the city's sums because they overlap another unit. */
  excludedFromCitySums: z.array(z.number().int()),
});
export const overviewSchema = z.object({
  periodKey: periodKeySchema,
  /** Linear time progress m / 12 (percent). */
  timeProgress: decimalStringSchema,
  includesUnapproved: z.boolean(),
  indicatorCodes: z.array(z.string()),
  indicators: z.array(dashboardIndicatorSchema),
  rows: z.array(overviewRowSchema),
  /**
   * The city's and the filter group's completion and growth as bulletins compute them: ratios of
   * sums (Σ YTD ÷ Σ target, Σ YTD ÷ Σ base − 1), never means of the districts' rates.
   */
  averages: z.array(z.object({
    indicatorCode: z.string(),
    cityCompletion: decimalStringSchema.nullable(),
    cityYoy: decimalStringSchema.nullable(),
    groupCompletion: decimalStringSchema.nullable(),
    groupYoy: decimalStringSchema.nullable(),
    /** Σ YTD of the city's units, each territory once (computed; an overlapping unit left out). */
    citySumYtd: decimalStringSchema.nullable().optional(),
    /** The city's own figure, as the city bureau reported it for the city organisation; null when none. */
    cityOwnYtd: decimalStringSchema.nullable().optional(),
    cityOwnYoy: decimalStringSchema.nullable().optional(),
    cityOwnCompletion: decimalStringSchema.nullable().optional(),
  })),
  territory: territoryOfAnswerSchema.optional(),
});
export type Overview = z.infer<typeof overviewSchema>;
export const overviewQuerySchema = z.object({
  period: periodKeySchema,
  groupId: z.coerce.number().int().positive().optional(),
  includeUnapproved: includeUnapprovedSchema,
  /** The indicators to show, comma-separated codes in the reader's order ("gdp,fixed_asset_investment"); absent → the key indicators. */
  indicators: z.string().max(2000).regex(/^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$/).optional(),
});

export const rankingQuerySchema = z.object({
  period: periodKeySchema,
  indicator: codeSchema,
  measure: rankingMeasureSchema.default('completion'),
  groupId: z.coerce.number().int().positive().optional(),
  includeUnapproved: includeUnapprovedSchema,
});
export const rankMovementSchema = z.enum(RANK_MOVEMENTS);
/** 进位 (up) / 退位 (down) by `places`, 持平 (same), or new (no rank last period). */
export const rankChangeSchema = z.object({ movement: rankMovementSchema, places: z.number().int() });
export type RankChange = z.infer<typeof rankChangeSchema>;

export const rankingRowSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  groupIds: z.array(z.number().int()),
  /** The exact value of the measure. */
  value: decimalStringSchema.nullable(),
  /** The value as published and ranked (rates at one decimal, amounts at the indicator's decimals). */
  rankedValue: decimalStringSchema.nullable(),
  ytdValue: decimalStringSchema.nullable(),
  amountTarget: decimalStringSchema.nullable(),
  /** The year's growth target (percent), null when none. */
  growthTarget: decimalStringSchema.nullable(),
  completion: decimalStringSchema.nullable(),
  timeProgress: decimalStringSchema,
  rank: z.number().int().nullable(),
  /** The rank by the same measure in the previous period, and the change since. */
  previousRank: z.number().int().nullable(),
  rankChange: rankChangeSchema.nullable(),
  /** Ranked by amount (总量, the value of a rate) and by growth (增速), with their changes. */
  amountRank: z.number().int().nullable(),
  amountRankChange: rankChangeSchema.nullable(),
  growthRank: z.number().int().nullable(),
  growthRankChange: rankChangeSchema.nullable(),
  /** Position against the group's or city's figure, both at the published rounding. */
  aboveAverage: z.enum(AVERAGE_RELATIONS).nullable(),
  /** Better than the average in the indicator's direction. */
  betterThanAverage: z.boolean().nullable(),
  card: cardColourSchema.nullable(),
  /** With zones ranked apart, the part of the city the rank is in. */
  rankPart: z.enum(['district', 'zone']).nullable().optional(),
  ...targetFields,
  ...sourceFields,
});
export const rankingSchema = z.object({
  periodKey: periodKeySchema,
  indicatorCode: z.string(),
  indicator: dashboardIndicatorSchema,
  measure: rankingMeasureSchema,
  timeProgress: decimalStringSchema,
  includesUnapproved: z.boolean(),
  /** The period the changes of position are against: the latest earlier month of the year with figures; null when none. */
  previousPeriodKey: periodKeySchema.nullable(),
  /** Decimals the measure is ranked at (the published rounding). */
  rankPlaces: z.number().int(),
  /**
   * The group's (when one is given) or the city's figure of the measure: a ratio of sums for
   * completion, growth and gap; the mean amount for amounts; none for rates ranked by value.
   */
  average: decimalStringSchema.nullable(),
  averageBasis: z.enum(['ratio_of_sums', 'mean']).nullable(),
  /** The measure of the city's own figure (reported for the city organisation), beside the computed one; null when none. */
  cityOwnValue: decimalStringSchema.nullable().optional(),
  territory: territoryOfAnswerSchema.optional(),
  rows: z.array(rankingRowSchema),
});
export type Ranking = z.infer<typeof rankingSchema>;

export const districtDashboardQuerySchema = z.object({
  /** Defaults to the current year (Asia/Shanghai). */
  year: yearQuerySchema.optional(),
  includeUnapproved: includeUnapprovedSchema,
});
export const districtDashboardSchema = z.object({
  organisationId: z.number().int(),
  organisationName: z.string(),
  year: z.number().int(),
  /** The month whose cards are shown: the latest with figures; null when nothing is reported yet. */
  cardsPeriodKey: periodKeySchema.nullable(),
  indicators: z.array(z.object({
    indicatorCode: z.string(),
    indicator: dashboardIndicatorSchema,
    amountTarget: decimalStringSchema.nullable(),
    amountComparator: comparatorSchema.nullable(),
    growthTarget: decimalStringSchema.nullable(),
    growthComparator: comparatorSchema.nullable(),
    months: z.array(z.object({
      month: z.number().int(),
      ytdValue: decimalStringSchema.nullable(),
      reportedYoy: decimalStringSchema.nullable(),
      yoy: decimalStringSchema.nullable(),
      /** Amount target × time progress of the month: where the district should be. */
      targetTrajectory: decimalStringSchema.nullable(),
      completion: decimalStringSchema.nullable(),
      timeProgress: decimalStringSchema,
      progressGap: decimalStringSchema.nullable(),
      amountMet: z.boolean().nullable(),
      growth: decimalStringSchema.nullable(),
      growthGap: decimalStringSchema.nullable(),
      growthMet: z.boolean().nullable(),
      /** 当月, computed from two year-to-date figures. */
      monthValue: decimalStringSchema.nullable(),
      ...sourceFields,
    })),
    responsibility: z.object({ leader: z.string(), department: z.string(), taskForce: z.string(), measures: z.string() }).nullable(),
  })),
  cards: z.array(cardSchema),
});
export type DistrictDashboard = z.infer<typeof districtDashboardSchema>;

/** The board of a month, for the caller's districts or one group of them. */
export const warningBoardQuerySchema = z.object({
  period: periodKeySchema,
  groupId: z.coerce.number().int().positive().optional(),
  includeUnapproved: includeUnapprovedSchema,
});
export const warningBoardSchema = z.object({ periodKey: periodKeySchema, includesUnapproved: z.boolean(), cards: z.array(cardSchema) });
export type WarningBoard = z.infer<typeof warningBoardSchema>;

// ---------------------------------------------------------------------------
// Warning rules (DOMAIN.md "Warning rules in force somewhere": rules must be configurable).
// Mirrors packages/domain WarningRule with decimals as text; the rule id is the row's code.

export const warningMetricSchema = z.enum(WARNING_METRICS);
export const warningComparisonSchema = z.enum(COMPARISONS);
const warningScopeSchema = z.strictObject({
  indicatorCodes: z.array(codeSchema).max(LIMITS.ruleIndicators).optional(),
  orgLevels: z.array(z.enum(ORG_LEVELS)).max(ORG_LEVELS.length).optional(),
});
export const warningRuleConfigSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('metric_threshold'),
    metric: warningMetricSchema,
    thresholds: z.array(z.strictObject({ colour: cardColourSchema, op: warningComparisonSchema, value: decimalStringSchema })).max(3),
    scope: warningScopeSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('consecutive_months'),
    condition: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('metric'), metric: warningMetricSchema, op: warningComparisonSchema, value: decimalStringSchema }),
      z.strictObject({ kind: z.literal('planned_not_started') }),
      z.strictObject({ kind: z.literal('started_not_in_statistics') }),
      z.strictObject({ kind: z.literal('target_not_met') }),
    ]),
    /** Months are bounded so the dashboards never look back more than two years. */
    thresholds: z.array(z.strictObject({ colour: cardColourSchema, minMonths: z.number().int().min(1).max(24) })).max(3),
    scope: warningScopeSchema.optional(),
  }),
]);
export type WarningRuleConfig = z.infer<typeof warningRuleConfigSchema>;

export const warningRuleSchema = z.object({
  code: z.string(),
  preset: z.string(),
  /** The preset's name in the caller's language. */
  presetName: z.string(),
  enabled: z.boolean(),
  config: warningRuleConfigSchema,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type WarningRuleDto = z.infer<typeof warningRuleSchema>;
export const warningRuleListSchema = z.object({ items: z.array(warningRuleSchema) });
export const warningRuleParamsSchema = z.strictObject({ code: codeSchema.min(1) });
export const putWarningRuleRequestSchema = z.strictObject({
  enabled: z.boolean(),
  config: warningRuleConfigSchema,
  /** The version the editor read; a stale one answers 409. */
  version: z.number().int().min(1),
});
export type PutWarningRuleRequest = z.infer<typeof putWarningRuleRequestSchema>;
