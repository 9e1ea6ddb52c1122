// What other features may use of portal-submissions (enforced by the lint rule on imports).
export type { PortalSubmissionsRow } from './portal-submissions.table';
