// What other features may use of projects (enforced by the lint rule on imports).
export type { ProjectsRow } from './projects.table';
