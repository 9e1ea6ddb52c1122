// What other features may use of monthly reporting (enforced by the lint rule on imports).
export { parsePeriodOrFail } from './month-context';
export type { FigureSource, SubmissionStatus } from './reporting.table';
