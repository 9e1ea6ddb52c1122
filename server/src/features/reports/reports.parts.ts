// The report's builder and renderers as the feature's service calls them.
export { buildReport, ReportPeriodError, type BuildReportInput } from './builders';
export { renderReportDocx } from './render/report-docx';
export { renderReportXlsx } from './render/report-xlsx';
