import { defineFeature } from '../../platform/features/feature';
import { dashboardRoutes } from './dashboards.routes';

/** The dashboards feature: see docs/NEW_FEATURE.md for what each entry means. */
export const dashboardsFeature = defineFeature({
  name: 'dashboards',
  register: dashboardRoutes,
  routeCases: () => import('./dashboards.permission-spec').then((m) => m.ROUTE_CASES),
});
