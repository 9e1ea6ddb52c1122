// The report's builder and renderers, each behind one line: the feature's service calls these.
export { buildInterimReport as buildReport, type InterimBuildInput as BuildReportInput } from './reports.interim';
export { renderInterimDocx as renderReportDocx, renderInterimXlsx as renderReportXlsx } from './reports.interim';
