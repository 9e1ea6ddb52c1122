// What other features may use of projects (enforced by the lint rule on imports): the stored rows'
// types, for the dashboards, warnings and indicator links to come.
export type { ProjectReportRow, ProjectRow } from './projects.table';
// A signed investment contract becomes (or is linked to) a major project, created through the projects' own use case.
export { projectForContract, type ContractForProject } from './project-from-contract';
// The stored district totals (per district and year, and month by month) the projects' dashboard reads, and their rebuild.
export { rebuildProjectTotals, refreshDistrictMonth, refreshDistrictYears } from './project-totals';
export type { ProjectDistrictMonthsTable, ProjectDistrictYearsTable } from './projects.table';
