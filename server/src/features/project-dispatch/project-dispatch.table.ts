import type { Generated, Selectable } from 'kysely';
import type { ScaledAmount } from '../../db/amount-codec';

/**
 * The city's district boundaries (a GeoJSON FeatureCollection it uploads, with its source named);
 * the latest upload is the one in force.
 */
export interface ProjectBoundariesTable {
  id: Generated<number>;
  organisation_id: number;
  name: string;
  source: string;
  geojson: string;
  uploaded_by: number | null;
  uploaded_at: string;
}
export type ProjectBoundaryRow = Selectable<ProjectBoundariesTable>;

/** A project the city reviewer took into the city list (市重点), with the project's version then. */
export interface ProjectCityApprovalsTable {
  id: Generated<number>;
  project_id: number;
  organisation_id: number;
  project_version: number;
  approved_by: number | null;
  approved_at: string;
}

/** 集中开工 / 集中签约: a batch of projects, its count and total investment (亿元, scaled) as the source states them. */
export interface ProjectEventsTable {
  id: Generated<number>;
  organisation_id: number;
  kind: string;
  title: string;
  held_in: string;
  project_count: number | null;
  total_investment: ScaledAmount | null;
  source_file: string | null;
  source_quote: string | null;
  created_at: string;
}

export interface ProjectEventProjectsTable {
  id: Generated<number>;
  event_id: number;
  project_id: number;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    project_boundaries: ProjectBoundariesTable;
    project_city_approvals: ProjectCityApprovalsTable;
    project_events: ProjectEventsTable;
    project_event_projects: ProjectEventProjectsTable;
  }
}
