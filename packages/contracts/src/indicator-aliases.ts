import { z } from 'zod';
import { codeSchema, instantSchema, textField } from './common';

/**
 * Other names of an indicator as district files write them (固投 for 固定资产投资, GDP for 地区生产总值):
 * kept per indicator by the city, read by the Excel import when it finds a row's indicator.
 */
export const indicatorAliasSchema = z.object({
  id: z.number().int(),
  indicatorCode: z.string(),
  alias: z.string(),
  /** 'default': shipped with the catalogue; 'city': added by the city. */
  origin: z.enum(['default', 'city']),
  createdAt: instantSchema,
});
export type IndicatorAlias = z.infer<typeof indicatorAliasSchema>;
export const indicatorAliasListSchema = z.object({ items: z.array(indicatorAliasSchema) });

export const createIndicatorAliasRequestSchema = z.strictObject({
  indicatorCode: codeSchema,
  alias: textField(1, 64),
});
export type CreateIndicatorAliasRequest = z.infer<typeof createIndicatorAliasRequestSchema>;
