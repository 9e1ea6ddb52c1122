import type { Generated, Selectable } from 'kysely';

/** 企业库: one record per 统一社会信用代码 across the city, served by one district (or zone). */
export interface EnterprisesTable {
  id: Generated<number>;
  credit_code: string;
  name: string;
  name_pinyin: string;
  name_initials: string;
  organisation_id: number;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
export type EnterprisesRow = Selectable<EnterprisesTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    enterprises: EnterprisesTable;
  }
}
