import { defineFeature } from '../../platform/features/feature';
import { ENTERPRISES_MESSAGES } from './enterprises.messages';
import { enterprisesMigrations } from './enterprises.migrations';
import { enterprisesRoutes } from './enterprises.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './enterprises.table';

/** The enterprises feature (企业库): see docs/NEW_FEATURE.md for what each entry means. */
export const enterprisesFeature = defineFeature({
  name: 'enterprises',
  register: enterprisesRoutes,
  migrations: enterprisesMigrations,
  messages: ENTERPRISES_MESSAGES,
  tables: { enterprises: { key: ['id'] }, enterprise_name_pairs: { key: ['pair', 'enterprise_id'] }, enterprise_name_positions: { key: ['p'] } },
  routeCases: () => import('./enterprises.permission-spec').then((m) => m.ROUTE_CASES),
});
