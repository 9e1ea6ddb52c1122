// What other features may use of reference-figures (enforced by the lint rule on imports).
export type { ReferenceFigureRow } from './reference-figures.table';
