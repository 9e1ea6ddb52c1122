import { defineFeature } from '../../platform/features/feature';
import { deliveryJobs } from './delivery.job';
import { NOTIFICATIONS_MESSAGES } from './notifications.messages';
import { notificationsMigrations } from './notifications.migrations';
import { notificationsRoutes } from './notifications.routes';

/** The notifications feature (待办与消息): see docs/NEW_FEATURE.md for what each entry means. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  register: notificationsRoutes,
  migrations: notificationsMigrations,
  messages: NOTIFICATIONS_MESSAGES,
  tables: { notifications: { key: ['id'] } },
  jobs: (deps) => deliveryJobs(deps),
  routeCases: () => import('./notifications.permission-spec').then((m) => m.ROUTE_CASES),
});
