// What other features may use of policies (enforced by the lint rule on imports).
export type { PolicyRow } from './policies.table';
// The public portal's read: in-force, non-withdrawn policies, searched.
export { createPublicPolicies, type PublicPolicy, type PublicPolicies } from './policies.portal';
// An enterprise account's own page on the portal: the policies its registry record likely qualifies for, conditions in words.
export { policiesForOwnEnterprise, type OwnEnterprisePolicy } from './policies.own-enterprise';
