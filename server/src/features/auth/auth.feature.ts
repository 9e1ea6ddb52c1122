import { defineFeature } from '../../platform/features/feature';
import { createLoginService } from '../../platform/auth/login.service';
import { createSecondFactorService } from '../../platform/auth/second-factor.service';
import { createPasswordStepService } from '../../platform/auth/password-step.service';
import * as secondFactorMigration from '../../platform/auth/second-factor.migration';
import '../../platform/auth/second-factor.table';
import { AUTH_MESSAGES } from './auth.messages';
import { authRoutes } from './auth.routes';

/** The auth feature: see docs/NEW_FEATURE.md for what each entry means. */
export const authFeature = defineFeature({
  name: 'auth',
  register: (app, deps) => authRoutes(app, deps, createLoginService(deps), createSecondFactorService(deps), createPasswordStepService(deps)),
  migrations: { '0008_second_factor': secondFactorMigration },
  messages: AUTH_MESSAGES,
  tables: {
    second_factors: { key: ['user_id'] },
    second_factor_recovery_codes: { key: ['user_id', 'code_hash'] },
  },
  routeCases: () => import('./auth.permission-spec').then((m) => m.ROUTE_CASES),
});
