// The report's builder and renderers as the feature's service calls them.
export { buildReport, ReportPeriodError, type BuildReportInput } from './builders';
export type { ApprovalNeed, FoundApprovals, SourceApproval } from './builders/approvals';
export { makeReportInWorker } from './render/render-pool';
