import { defineFeature } from '../../platform/features/feature';
import { POLICIES_MESSAGES } from './policies.messages';
import { policiesMigrations } from './policies.migrations';
import { policiesRoutes } from './policies.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './policies.table';

/** The policies feature (政策库): see docs/NEW_FEATURE.md for what each entry means. */
export const policiesFeature = defineFeature({
  name: 'policies',
  register: policiesRoutes,
  migrations: policiesMigrations,
  messages: POLICIES_MESSAGES,
  tables: { policies: { key: ['id'] } },
  routeCases: () => import('./policies.permission-spec').then((m) => m.ROUTE_CASES),
});
