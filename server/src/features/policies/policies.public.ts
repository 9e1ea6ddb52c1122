// What other features may use of policies (enforced by the lint rule on imports).
export type { PolicyRow } from './policies.table';
