import type { Generated, Selectable } from 'kysely';

/** 门户文章: records of an organisation. */
export interface PortalArticlesTable {
  id: Generated<number>;
  organisation_id: number;
  title: string;
  created_at: string;
}
export type PortalArticlesRow = Selectable<PortalArticlesTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    portal_articles: PortalArticlesTable;
  }
}
