import { defineFeature } from '../../platform/features/feature';
import { PROJECT_TOURS_MESSAGES } from './project-tours.messages';
import { projectToursMigrations } from './project-tours.migrations';
import { projectToursRoutes } from './project-tours.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './project-tours.table';

/** Inspection tours 观摩拉练: tours of the city, districts' nominations, the route, judges' scores, districts ranked. */
export const projectToursFeature = defineFeature({
  name: 'project-tours',
  register: projectToursRoutes,
  migrations: projectToursMigrations,
  messages: PROJECT_TOURS_MESSAGES,
  tables: {
    project_tours: { key: ['id'] },
    project_tour_criteria: { key: ['id'] },
    project_tour_judges: { key: ['id'] },
    project_tour_stops: { key: ['id'] },
    project_tour_scores: { key: ['id'] },
  },
  routeCases: () => import('./project-tours.permission-spec').then((m) => m.ROUTE_CASES),
});
