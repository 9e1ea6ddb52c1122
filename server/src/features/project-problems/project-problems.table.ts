import type { Generated, Selectable } from 'kysely';
import type { ProblemCategory, ProblemStatus } from '@hongtu/domain';

/** 项目问题: a problem raised on a project, with the department it is sent to and its deadline. */
export interface ProjectProblemsTable {
  id: Generated<number>;
  project_id: number;
  /** The project's district (its scope). */
  organisation_id: number;
  department_id: number;
  category: ProblemCategory;
  title: string;
  description: string;
  status: ProblemStatus;
  deadline_days: number;
  /** China's calendar dates: raised, due (N working days after it was sent), closed. */
  raised_on: string;
  due_on: string;
  closed_on: string | null;
  answer: string | null;
  supervised_at: string | null;
  supervision_count: Generated<number>;
  version: Generated<number>;
  raised_by: number | null;
  raised_at: string;
  updated_at: string;
}
export type ProjectProblemRow = Selectable<ProjectProblemsTable>;

/** Every move of a problem, with its words (answer, reason), the department and deadline it set. */
export interface ProjectProblemEventsTable {
  id: Generated<number>;
  problem_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  text: string | null;
  department_id: number | null;
  due_on: string | null;
  actor_id: number | null;
  at: string;
}

// The tables join the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    project_problems: ProjectProblemsTable;
    project_problem_events: ProjectProblemEventsTable;
  }
}
