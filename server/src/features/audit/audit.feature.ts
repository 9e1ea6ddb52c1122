import { defineFeature } from '../../platform/features/feature';
import { auditRoutes } from './audit.routes';

/** The audit feature: see docs/NEW_FEATURE.md for what each entry means. */
export const auditFeature = defineFeature({
  name: 'audit',
  register: auditRoutes,
  routeCases: () => import('./audit.permission-spec').then((m) => m.ROUTE_CASES),
});
