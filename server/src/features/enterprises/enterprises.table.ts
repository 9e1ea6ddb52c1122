import type { Generated, Selectable } from 'kysely';

/** 企业库: one record per 统一社会信用代码 across the city, served by one district (or zone). */
export interface EnterprisesTable {
  id: Generated<number>;
  credit_code: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  /** JSON array of 曾用名. */
  former_names: Generated<string>;
  legal_form: string | null;
  industry_code: string | null;
  address: string | null;
  organisation_id: number;
  size_class: string | null;
  headquarters_kind: string | null;
  fortune500: Generated<number>;
  china500: Generated<number>;
  private500: Generated<number>;
  central_soe: Generated<number>;
  foreign_invested: Generated<number>;
  high_tech: Generated<number>;
  specialised: Generated<number>;
  above_scale: Generated<number>;
  above_quota: Generated<number>;
  demo_note: string | null;
  /** Demo rows only: 'document' (cited by `source_file` and its verbatim `source_quote`) or 'synthetic'; null for what users record. */
  demo_source: Generated<'document' | 'synthetic' | null>;
  source_file: Generated<string | null>;
  source_quote: Generated<string | null>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type EnterprisesRow = Selectable<EnterprisesTable>;

/**
 * The pairs of characters of each enterprise's name (each character with the next, the last one
 * alone), lower-cased: the index a search of one or two characters reads. Kept by triggers on
 * enterprises (0251_enterprise_name_pairs), never written by the application.
 */
export interface EnterpriseNamePairsTable {
  pair: string;
  enterprise_id: number;
}

/** The positions 1–200 in a name, which SQLite's pairs triggers read (0271); never written by the application. */
export interface EnterpriseNamePositionsTable {
  p: number;
}

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    enterprises: EnterprisesTable;
    enterprise_name_pairs: EnterpriseNamePairsTable;
    enterprise_name_positions: EnterpriseNamePositionsTable;
  }
}
