// What other features may use of project-tours (enforced by the lint rule on imports).
export type { ProjectToursRow } from './project-tours.table';
