// What other features may use of reporting: the catalogue and periods (targets), a month's query keys and findings (spreadsheets), figure sources.
export { reportingKeys } from './api/keys';
export { useIndicators, usePeriods } from './api/periods';
export { FindingsList } from './components/FindingsList';
export { SourceTag } from './components/SourceTag';
export { yearsOf } from './model/status';
