// What other features may use of enterprise-accounts (enforced by the lint rule on imports).
export type { EnterpriseAccountsRow } from './enterprise-accounts.table';
