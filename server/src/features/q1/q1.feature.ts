import { defineFeature } from '../../platform/features/feature';
import { q1Routes } from './q1.routes';

/** The q1 feature: see docs/NEW_FEATURE.md for what each entry means. */
export const q1Feature = defineFeature({
  name: 'q1',
  register: q1Routes,
  tables: { q1_weekly_figures: { key: ['id'] } },
  routeCases: () => import('./q1.permission-spec').then((m) => m.ROUTE_CASES),
});
