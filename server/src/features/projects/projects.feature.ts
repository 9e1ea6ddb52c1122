import { defineFeature } from '../../platform/features/feature';
import { PROJECTS_MESSAGES } from './projects.messages';
import { projectsMigrations } from './projects.migrations';
import { projectsRoutes } from './projects.routes';

/** The projects feature (重大项目): see docs/NEW_FEATURE.md for what each entry means. */
export const projectsFeature = defineFeature({
  name: 'projects',
  register: projectsRoutes,
  migrations: projectsMigrations,
  messages: PROJECTS_MESSAGES,
  tables: {
    projects: { key: ['id'] },
    project_reports: { key: ['id'] },
    project_report_events: { key: ['id'] },
    project_district_years: { key: ['organisation_id', 'year'] },
    project_district_months: { key: ['organisation_id', 'year', 'month'] },
  },
  routeCases: () => import('./projects.permission-spec').then((m) => m.ROUTE_CASES),
});
