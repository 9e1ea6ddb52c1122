// The report builders: a published snapshot → a report's document model (pure functions).
export { buildReport, ReportPeriodError } from './build-report';
export type { BuildReportInput, DispatchDistrict, DispatchInput, DispatchNotStarted, DispatchProblem, DispatchProject, ReportScope } from './types';
