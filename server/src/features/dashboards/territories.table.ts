import type { Generated, Selectable } from 'kysely';
import type { TerritoryOverlapKind } from '@hongtu/domain';

/**
 * Two reporting units of a city that cover the same ground (migration 0050, DOMAIN.md "Territorial
 * scope"): `organisation_id` (usually a functional zone) holds part of `overlaps_organisation_id`'s
 * territory or is the same territory; it is left out of the sums of any set that also holds the other.
 */
export interface TerritoryOverlapsTable {
  id: Generated<number>;
  city_id: number;
  organisation_id: number;
  overlaps_organisation_id: number;
  kind: TerritoryOverlapKind;
  created_by: number | null;
  created_at: string;
}
export type TerritoryOverlapRow = Selectable<TerritoryOverlapsTable>;

/** Per city: whether its rankings put functional zones and districts in separate groups. */
export interface TerritorySettingsTable {
  city_id: number;
  rank_zones_separately: number;
  updated_by: number | null;
  updated_at: string;
}

declare module '../../db/database' {
  interface Database {
    territory_overlaps: TerritoryOverlapsTable;
    territory_settings: TerritorySettingsTable;
  }
}
