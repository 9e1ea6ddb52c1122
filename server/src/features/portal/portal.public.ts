// What other features may use of portal (enforced by the lint rule on imports).
export type { PortalRow } from './portal.table';
