// What other features may use of the dashboards' read model (enforced by the lint rule on imports).
export { rankingRoot, universeOrgs } from './dashboards.queries';
