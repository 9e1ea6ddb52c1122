import { defineFeature } from '../../platform/features/feature';
import { ENTERPRISE_SERVICE_MESSAGES } from './enterprise-service.messages';
import { enterpriseServiceMigrations } from './enterprise-service.migrations';
import { enterpriseServiceRoutes } from './enterprise-service.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './enterprise-service.table';

/**
 * 企业服务: enterprises' problems (诉求) sent to departments with deadlines in working days,
 * signed for, answered, confirmed or reopened, 督办 when overdue; liaisons of key enterprises and
 * their visits; cultivation into 规上 / 限上 against the districts' targets.
 */
export const enterpriseServiceFeature = defineFeature({
  name: 'enterprise-service',
  register: enterpriseServiceRoutes,
  migrations: enterpriseServiceMigrations,
  messages: ENTERPRISE_SERVICE_MESSAGES,
  tables: {
    enterprise_problems: { key: ['id'] },
    enterprise_problem_events: { key: ['id'] },
    enterprise_liaisons: { key: ['id'] },
    enterprise_visits: { key: ['id'] },
    cultivation_candidates: { key: ['id'] },
    cultivation_targets: { key: ['id'] },
  },
  routeCases: () => import('./enterprise-service.permission-spec').then((m) => m.ROUTE_CASES),
});
