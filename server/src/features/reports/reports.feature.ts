import { defineFeature } from '../../platform/features/feature';
import { reportJobs } from './reports.jobs';
import { REPORTS_MESSAGES } from './reports.messages';
import { reportsMigrations } from './reports.migrations';
import { reportsRoutes } from './reports.routes';
import { reportTemplates } from './report-templates.part';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './reports.table';

/** The reports feature (报告): see docs/NEW_FEATURE.md for what each entry means. */
export const reportsFeature = defineFeature({
  name: 'reports',
  register: (app, deps) => { reportsRoutes(app, deps); reportTemplates.register(app, deps); },
  migrations: { ...reportsMigrations, ...reportTemplates.migrations },
  messages: { ...REPORTS_MESSAGES, ...reportTemplates.messages },
  tables: { reports: { key: ['id'] }, ...reportTemplates.tables },
  routeCases: () => Promise.all([import('./reports.permission-spec'), reportTemplates.routeCases()]).then(([m, t]) => ({ ...m.ROUTE_CASES, ...t })),
  jobs: reportJobs,
});
