// What other features may use of the dashboards' read model (enforced by the lint rule on imports).
export { rankingRoot, universeOrgs } from './dashboards.queries';
// Publishing a month's bulletin as the city reads it (the reports' demo publishes the months it needs).
export { createBulletinService } from './bulletins.service';
// The warning board of a month in the reader's scope (the reports take who answers for each card from it).
export { createDashboardReadModel } from './dashboards.read-model';
