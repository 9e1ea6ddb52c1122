// What other features may use of enterprises (enforced by the lint rule on imports).
export type { EnterprisesRow } from './enterprises.table';
