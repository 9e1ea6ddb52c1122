import type { Generated, Selectable } from 'kysely';

/** 政策库: the city's policies with the conditions enterprises are matched against. */
export interface PoliciesTable {
  id: Generated<number>;
  title: string;
  issuer: string;
  document_number: string | null;
  issued_on: string;
  valid_from: string | null;
  valid_to: string | null;
  summary: Generated<string>;
  /** JSON arrays. */
  industries: Generated<string>;
  size_classes: Generated<string>;
  flags: Generated<string>;
  district_ids: Generated<string>;
  withdrawn_at: string | null;
  demo_note: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type PolicyRow = Selectable<PoliciesTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    policies: PoliciesTable;
  }
}
