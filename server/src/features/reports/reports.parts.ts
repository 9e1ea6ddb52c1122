// The report's builder and renderers as the feature's service calls them.
export { buildReport, ReportPeriodError, type BuildReportInput } from './builders';
export { renderDocxInWorker, renderXlsxInWorker } from './render/render-pool';
