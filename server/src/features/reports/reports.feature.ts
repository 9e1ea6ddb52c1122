import { defineFeature } from '../../platform/features/feature';
import { REPORTS_MESSAGES } from './reports.messages';
import { reportsMigrations } from './reports.migrations';
import { reportsRoutes } from './reports.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './reports.table';

/** The reports feature (报告): see docs/NEW_FEATURE.md for what each entry means. */
export const reportsFeature = defineFeature({
  name: 'reports',
  register: reportsRoutes,
  migrations: reportsMigrations,
  messages: REPORTS_MESSAGES,
  tables: { reports: { key: ['id'] } },
  routeCases: () => import('./reports.permission-spec').then((m) => m.ROUTE_CASES),
});
