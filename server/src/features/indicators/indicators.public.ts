// What other features may use of the indicator catalogue (enforced by the lint rule on imports).
export { indicatorsRepository } from './indicators.repository';
export { unknownIndicator } from './indicators.service';
export { aliasesForImport } from './indicator-aliases.service';
export type { IndicatorRow } from './indicators.table';
