// What other features may use of reports (enforced by the lint rule on imports).
export type { ReportRow } from './reports.table';
