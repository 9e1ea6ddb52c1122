import type { Generated, Selectable } from 'kysely';

/** 门户来信: records of an organisation. */
export interface PortalSubmissionsTable {
  id: Generated<number>;
  organisation_id: number;
  title: string;
  created_at: string;
}
export type PortalSubmissionsRow = Selectable<PortalSubmissionsTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    portal_submissions: PortalSubmissionsTable;
  }
}
