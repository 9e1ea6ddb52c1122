import { defineFeature } from '../../platform/features/feature';
import { createLoginService } from '../../platform/auth/login.service';
import { AUTH_MESSAGES } from './auth.messages';
import { authRoutes } from './auth.routes';

/** The auth feature: see docs/NEW_FEATURE.md for what each entry means. */
export const authFeature = defineFeature({
  name: 'auth',
  register: (app, deps) => authRoutes(app, deps, createLoginService(deps)),
  messages: AUTH_MESSAGES,
  routeCases: () => import('./auth.permission-spec').then((m) => m.ROUTE_CASES),
});
