import type { Generated, Selectable } from 'kysely';

/** 重大项目: records of an organisation. */
export interface ProjectsTable {
  id: Generated<number>;
  organisation_id: number;
  title: string;
  created_at: string;
}
export type ProjectsRow = Selectable<ProjectsTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    projects: ProjectsTable;
  }
}
