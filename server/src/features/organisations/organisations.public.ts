// What other features may use of the organisation tree (enforced by the lint rule on imports).
export { organisationsRepository } from './organisations.repository';
export type { OrganisationRow } from './organisations.table';
