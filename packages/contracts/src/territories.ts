// The city's territorial scope (docs/DOMAIN.md "Territorial scope"): which reporting units overlap
// (a zone holding part of a district, or the same territory as one) and whether zones are ranked
// apart from districts.
import { z } from 'zod';
import { TERRITORY_OVERLAP_KINDS } from '@hongtu/domain';
import { idSchema } from './common';

export const territoryOverlapKindSchema = z.enum(TERRITORY_OVERLAP_KINDS);

export const territoryOverlapSchema = z.object({
  id: z.number().int(),
  /** The unit left out of sums that also hold the other (usually the zone). */
  organisationId: z.number().int(),
  organisationName: z.string(),
  overlapsOrganisationId: z.number().int(),
  overlapsOrganisationName: z.string(),
  kind: territoryOverlapKindSchema,
  createdAt: z.string(),
});
export type TerritoryOverlapItem = z.infer<typeof territoryOverlapSchema>;

export const territoriesSchema = z.object({
  cityId: z.number().int(),
  /** Rank functional zones and districts in separate groups in the city's rankings. */
  rankZonesSeparately: z.boolean(),
  overlaps: z.array(territoryOverlapSchema),
});
export type Territories = z.infer<typeof territoriesSchema>;

export const createTerritoryOverlapRequestSchema = z.strictObject({
  organisationId: idSchema,
  overlapsOrganisationId: idSchema,
  kind: territoryOverlapKindSchema,
});
export type CreateTerritoryOverlapRequest = z.infer<typeof createTerritoryOverlapRequestSchema>;

export const territorySettingsRequestSchema = z.strictObject({ cityId: idSchema, rankZonesSeparately: z.boolean() });
export const territoriesQuerySchema = z.object({ cityId: idSchema.optional() });
export type TerritorySettingsRequest = z.infer<typeof territorySettingsRequestSchema>;
