import { defineFeature } from '../../platform/features/feature';
import { ENTERPRISE_ACCOUNTS_MESSAGES } from './enterprise-accounts.messages';
import { enterpriseAccountsMigrations } from './enterprise-accounts.migrations';
import { enterpriseAccountsRoutes } from './enterprise-accounts.routes';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './enterprise-accounts.table';

/** The enterprise-accounts feature (企业账户): see docs/NEW_FEATURE.md for what each entry means. */
export const enterpriseAccountsFeature = defineFeature({
  name: 'enterprise-accounts',
  register: enterpriseAccountsRoutes,
  migrations: enterpriseAccountsMigrations,
  messages: ENTERPRISE_ACCOUNTS_MESSAGES,
  tables: { enterprise_accounts: { key: ['id'] } },
  routeCases: () => import('./enterprise-accounts.permission-spec').then((m) => m.ROUTE_CASES),
});
