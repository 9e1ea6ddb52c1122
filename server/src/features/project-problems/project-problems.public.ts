// What other features may use of project-problems (enforced by the lint rule on imports): the
// scope of a problem, for the attachments on it.
export { loadProblem, problemSides } from './project-problems.read-model';
export type { ProjectProblemRow } from './project-problems.table';
// The problems list as of a day (the reports' dispatch list: overdue at the month's end).
export { listProblems } from './project-problems.read-model';
