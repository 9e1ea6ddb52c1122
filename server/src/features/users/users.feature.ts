import { defineFeature } from '../../platform/features/feature';
import { USERS_MESSAGES } from './users.messages';
import { USERS_MIGRATIONS } from './users.migrations';
import { userRoutes } from './users.routes';
import { createUserService } from './users.service';

/** The users feature: see docs/NEW_FEATURE.md for what each entry means. */
export const usersFeature = defineFeature({
  name: 'users',
  register: (app, deps) => userRoutes(app, createUserService(deps)),
  migrations: USERS_MIGRATIONS,
  messages: USERS_MESSAGES,
  tables: { users: { key: ['id'] } },
  routeCases: () => import('./users.permission-spec').then((m) => m.ROUTE_CASES),
});
