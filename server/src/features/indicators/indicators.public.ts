// What other features may use of the indicator catalogue (enforced by the lint rule on imports).
export { indicatorsRepository } from './indicators.repository';
export { unknownIndicator } from './indicators.service';
export { aliasesForImport } from './indicator-aliases.service';
export type { IndicatorRow } from './indicators.table';

// When each indicator is reported (docs/DOMAIN.md "Reporting frequency"): the dashboards, cards and
// checks consider an indicator in a month only when it is due then, and take its latest due month's
// figure and time progress otherwise (packages/domain latestDueMonth, dueTimeProgress).
export { dueIndicators, isIndicatorDue, latestDueMonthOf } from './indicator-frequency';
