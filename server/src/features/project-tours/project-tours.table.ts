import type { Generated, Selectable } from 'kysely';
import type { TourStatus } from '@hongtu/domain';

/** An inspection tour 观摩拉练 the city organises (organisation_id: the organiser, the city). */
export interface ProjectToursTable {
  id: Generated<number>;
  organisation_id: number;
  name: string;
  tour_date: string;
  status: TourStatus;
  version: Generated<number>;
  created_by: number | null;
  /** A demo tour's seed document and sentence, and what in it is illustrative; null for a tour entered here. */
  source_file: string | null;
  source_quote: string | null;
  demo_note: string | null;
  created_at: string;
  updated_at: string;
}
export type ProjectToursRow = Selectable<ProjectToursTable>;

/** A criterion of a tour, its weight being its full mark. */
export interface ProjectTourCriteriaTable {
  id: Generated<number>;
  tour_id: number;
  position: number;
  name: string;
  weight: number;
}

/** A user who scores the tour's stops. */
export interface ProjectTourJudgesTable {
  id: Generated<number>;
  tour_id: number;
  user_id: number;
}

/** A project a district nominated; on the route once the city gives it a position. */
export interface ProjectTourStopsTable {
  id: Generated<number>;
  tour_id: number;
  project_id: number;
  organisation_id: number;
  position: number | null;
  nominated_by: number | null;
  nominated_at: string;
  /** A demo stop's sentence of the tour's seed document. */
  source_quote: string | null;
}

/** A judge's score of a stop on one criterion, in tenths of a point. */
export interface ProjectTourScoresTable {
  id: Generated<number>;
  tour_id: number;
  stop_id: number;
  judge_id: number;
  criterion_id: number;
  tenths: number;
  updated_at: string;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    project_tours: ProjectToursTable;
    project_tour_criteria: ProjectTourCriteriaTable;
    project_tour_judges: ProjectTourJudgesTable;
    project_tour_stops: ProjectTourStopsTable;
    project_tour_scores: ProjectTourScoresTable;
  }
}
