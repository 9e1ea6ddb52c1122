// What other features may use of portal-submissions (enforced by the lint rule on imports).
export type { PortalSubmissionRow } from './portal-submissions.table';
