import type { Generated, Selectable } from 'kysely';

/**
 * Other names of an indicator that the Excel import recognises (migration 0030). `alias_key` is the
 * alias as names are compared (normaliseName: Simplified, no blanks, no numbering or bracketed
 * units) and is unique. A removed alias stays as a row with `deleted_at`, so that a default the
 * city removed is not installed again at the next start.
 */
export interface IndicatorAliasesTable {
  id: Generated<number>;
  indicator_id: number;
  alias: string;
  alias_key: string;
  origin: 'default' | 'city';
  created_by: number | null;
  created_at: string;
  deleted_at: string | null;
}
export type IndicatorAliasRow = Selectable<IndicatorAliasesTable>;

declare module '../../db/database' {
  interface Database {
    indicator_aliases: IndicatorAliasesTable;
  }
}
