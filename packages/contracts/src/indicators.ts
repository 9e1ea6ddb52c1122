import { z } from 'zod';
import { DIRECTIONS, GROWTH_BASES, INDICATOR_KINDS, REPORTING_FREQUENCIES } from '@hongtu/domain';
import { codeSchema, textField, yearQuerySchema, yearSchema } from './common';
import { LIMITS } from './limits';

/** An exact decimal as text ("525.69"): amounts never travel as floating point. */
export const decimalStringSchema = z.string().regex(/^-?\d{1,13}(\.\d{1,6})?$/);

/** A number as a user typed or imported it ("1,234", "１２３", "—"); the server normalizes it. */
export const numberInputSchema = z.union([z.string().max(LIMITS.numberInputLength), z.number()]).nullable();

export const indicatorKindSchema = z.enum(INDICATOR_KINDS);
export const directionSchema = z.enum(DIRECTIONS);
export const reportingFrequencySchema = z.enum(REPORTING_FREQUENCIES);
export const growthBasisSchema = z.enum(GROWTH_BASES);

export const indicatorSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  names: z.object({ 'zh-CN': z.string(), 'zh-TW': z.string(), en: z.string() }),
  unit: z.string(),
  kind: indicatorKindSchema,
  direction: directionSchema,
  ytdNonDecreasing: z.boolean(),
  decimals: z.number().int(),
  key: z.boolean(),
  sortOrder: z.number().int(),
  /** When it is reported: only due indicators are asked for in a month (packages/domain frequency.ts). */
  frequency: reportingFrequencySchema,
  /** amounts: growth computed from the amounts; reported_real: growth at constant prices, reported (the amount optional). */
  growthBasis: growthBasisSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;
export const indicatorListSchema = z.object({ items: z.array(indicatorSchema) });

/** 一项经济指标、一名分管领导、一个负责部门、一个工作专班、一套对策举措. */
export const responsibilitySchema = z.object({
  year: z.number().int(),
  organisationId: z.number().int(),
  indicatorCode: z.string(),
  leader: z.string(),
  department: z.string(),
  taskForce: z.string(),
  measures: z.string(),
});
export type Responsibility = z.infer<typeof responsibilitySchema>;
export const responsibilityListSchema = z.object({ items: z.array(responsibilitySchema) });
export const responsibilityQuerySchema = z.object({
  year: yearQuerySchema,
  organisationId: z.coerce.number().int().positive().optional(),
});
export const putResponsibilityRequestSchema = z.strictObject({
  year: yearSchema,
  organisationId: z.number().int().positive(),
  indicatorCode: codeSchema,
  leader: textField(1, 64),
  department: textField(1, 128),
  taskForce: textField(1, 128),
  measures: textField(0, 2000),
});

/** How an indicator is reported, as the city reviewer or the administrator sets it (audited). */
export const putIndicatorSettingsRequestSchema = z.strictObject({
  frequency: reportingFrequencySchema,
  growthBasis: growthBasisSchema,
});
export type PutIndicatorSettingsRequest = z.infer<typeof putIndicatorSettingsRequestSchema>;
export const indicatorCodeParamsSchema = z.object({ code: z.string().min(1).max(64) });
