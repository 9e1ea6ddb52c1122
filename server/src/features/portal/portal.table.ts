import type { Generated, Selectable } from 'kysely';

/** 门户网站: records of an organisation. */
export interface PortalTable {
  id: Generated<number>;
  organisation_id: number;
  title: string;
  created_at: string;
}
export type PortalRow = Selectable<PortalTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    portal: PortalTable;
  }
}
