import { defineFeature } from '../../platform/features/feature';
import { warningRoutes } from './warnings.routes';

/** The warnings feature: see docs/NEW_FEATURE.md for what each entry means. */
export const warningsFeature = defineFeature({
  name: 'warnings',
  register: warningRoutes,
  tables: { warning_rules: { key: ['id'] } },
  routeCases: () => import('./warnings.permission-spec').then((m) => m.ROUTE_CASES),
});
