import { defineFeature } from '../../platform/features/feature';
import { ACCOUNT_MESSAGE_OUTBOX, enterpriseAccountJobs } from './account-message-sends';
import { ENTERPRISE_ACCOUNTS_MESSAGES } from './enterprise-accounts.messages';
import { enterpriseAccountsMigrations } from './enterprise-accounts.migrations';
import { enterpriseAccountsRoutes } from './enterprise-accounts.routes';
import { sweepOutboxRegularly } from './message-outbox-sweep';
// The feature's tables join the Database type wherever the feature is compiled (declaration merging).
import type {} from './enterprise-accounts.table';

/** The enterprise-accounts feature (企业入驻): see docs/NEW_FEATURE.md for what each entry means. */
export const enterpriseAccountsFeature = defineFeature({
  name: 'enterprise-accounts',
  register: (app, deps) => {
    enterpriseAccountsRoutes(app, deps);
    // Messages no live job holds get one (queued while their officer could queue none, or left by a spent job).
    sweepOutboxRegularly(app, deps, ACCOUNT_MESSAGE_OUTBOX);
  },
  migrations: enterpriseAccountsMigrations,
  messages: ENTERPRISE_ACCOUNTS_MESSAGES,
  tables: {
    enterprise_accounts: { key: ['id'] },
    enterprise_account_sessions: { key: ['id'] },
    enterprise_account_proofs: { key: ['id'] },
    enterprise_account_messages: { key: ['id'] },
    enterprise_account_message_sends: { key: ['message_id'] },
    portal_challenge_secrets: { key: ['id'] },
    portal_challenges_spent: { key: ['id'] },
  },
  jobs: enterpriseAccountJobs,
  routeCases: () => import('./enterprise-accounts.permission-spec').then((m) => m.ROUTE_CASES),
});
