import { defineFeature } from '../../platform/features/feature';
import { PROJECT_DISPATCH_MESSAGES } from './project-dispatch.messages';
import { projectDispatchMigrations } from './project-dispatch.migrations';
import { projectDispatchRoutes } from './project-dispatch.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './project-dispatch.table';

/** The project-dispatch feature (项目调度): see docs/NEW_FEATURE.md for what each entry means. */
export const projectDispatchFeature = defineFeature({
  name: 'project-dispatch',
  register: projectDispatchRoutes,
  migrations: projectDispatchMigrations,
  messages: PROJECT_DISPATCH_MESSAGES,
  tables: {
    project_boundaries: { key: ['id'] },
    project_city_approvals: { key: ['id'] },
    project_events: { key: ['id'] },
    project_event_projects: { key: ['id'] },
  },
  routeCases: () => import('./project-dispatch.permission-spec').then((m) => m.ROUTE_CASES),
});
