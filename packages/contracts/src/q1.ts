import { z } from 'zod';
import { DIRECTIONS, PROGRESS_STATUSES } from '@hongtu/domain';
import { codeSchema, uniqueBy, yearQuerySchema } from './common';
import { decimalStringSchema, numberInputSchema } from './indicators';
import { LIMITS } from './limits';

/** Q1 开门红: weeks of the first quarter, 1 … 13 (week w ends on the w-th Sunday; week 13 ends on 31 March). */
export const q1WeekSchema = z.coerce.number().int().min(1).max(13);
export const q1YearSchema = yearQuerySchema;

export const q1WeekValueSchema = z.object({
  week: z.number().int(),
  ytdValue: decimalStringSchema.nullable(),
  note: z.string().nullable(),
  /** 0 when nothing was recorded for the week yet. */
  version: z.number().int(),
  /** Where the unit should be by the week's end: Q1 target × days passed / days of Q1; null without a Q1 target (or outside the reader's scope). */
  targetToDate: decimalStringSchema.nullable(),
});
export type Q1WeekValue = z.infer<typeof q1WeekValueSchema>;

export const q1CellSchema = z.object({
  indicatorCode: z.string(),
  annualTarget: decimalStringSchema.nullable(),
  /** Q1 share of the annual target in percent: the schedule's, else 25 (linear). */
  q1Share: decimalStringSchema,
  linear: z.boolean(),
  q1Target: decimalStringSchema.nullable(),
  /** Latest approved monthly YTD of January–March, and its month. */
  monthlyYtd: decimalStringSchema.nullable(),
  monthlyMonth: z.number().int().nullable(),
  /** Latest weekly YTD, and its week. */
  weeklyYtd: decimalStringSchema.nullable(),
  weeklyWeek: z.number().int().nullable(),
  /** The fresher of the two (an approved month wins a tie). */
  ytd: decimalStringSchema.nullable(),
  ytdSource: z.enum(['month', 'week']).nullable(),
  /** Completion of the Q1 target, percent. */
  completion: decimalStringSchema.nullable(),
  /** Q1 pace at the date of `ytd` (the week's or the month's end): days of Q1 passed / days of Q1, percent. */
  expectedProgress: decimalStringSchema.nullable(),
  /** Ahead of, level with or behind the pace, in the indicator's direction. */
  status: z.enum(PROGRESS_STATUSES).nullable(),
  rank: z.number().int().nullable(),
  weeks: z.array(q1WeekValueSchema),
});
export type Q1Cell = z.infer<typeof q1CellSchema>;

export const q1BoardSchema = z.object({
  year: z.number().int(),
  /** Today in Asia/Shanghai (YYYY-MM-DD). */
  today: z.string(),
  weeksElapsed: z.number().int(),
  /** Days of this year's Q1 (90, 91 in a leap year) and how many have passed by the end of today. */
  q1Days: z.number().int(),
  daysElapsed: z.number().int(),
  /** daysElapsed / q1Days, percent: Q1 is paced by calendar days (week 1 of 2023 is one day). */
  timeProgress: decimalStringSchema,
  /** The week containing today when it lies in this year's Q1, else null. */
  currentWeek: z.number().int().nullable(),
  /** Each week's end and the pace by then (days passed / days of Q1, percent). */
  weeks: z.array(z.object({ week: z.number().int(), endDate: z.string(), pace: decimalStringSchema })),
  indicators: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string(), decimals: z.number().int(), direction: z.enum(DIRECTIONS) })),
  rows: z.array(z.object({ organisationId: z.number().int(), organisationName: z.string(), cells: z.array(q1CellSchema) })),
});
export type Q1Board = z.infer<typeof q1BoardSchema>;

/** At most one figure per indicator in a week's save. */
export const putQ1WeekRequestSchema = z.strictObject({
  figures: z.array(z.strictObject({
    indicatorCode: codeSchema,
    ytdValue: numberInputSchema,
    note: z.string().max(LIMITS.weekNoteLength).nullable(),
    version: z.number().int().min(0),
  })).min(1).max(LIMITS.weekFigures).superRefine(uniqueBy('indicatorCode')),
});
export type PutQ1WeekRequest = z.infer<typeof putQ1WeekRequestSchema>;

export const q1WeekFiguresSchema = z.object({
  year: z.number().int(),
  organisationId: z.number().int(),
  week: z.number().int(),
  figures: z.array(z.object({ indicatorCode: z.string(), ytdValue: decimalStringSchema.nullable(), note: z.string().nullable(), version: z.number().int() })),
});
export type Q1WeekFigures = z.infer<typeof q1WeekFiguresSchema>;
