// Every server feature, registered from this one list (routes, migrations, messages, tables,
// permission cases). Adding a feature adds one line here and one in web/src/app/features.ts.
import { authFeature } from './auth/auth.feature';
import { organisationsFeature } from './organisations/organisations.feature';
import { usersFeature } from './users/users.feature';
import { auditFeature } from './audit/audit.feature';
import { indicatorsFeature } from './indicators/indicators.feature';
import { targetsFeature } from './targets/targets.feature';
import { reportingFeature } from './reporting/reporting.feature';
import { spreadsheetsFeature } from './spreadsheets/spreadsheets.feature';
import { warningsFeature } from './warnings/warnings.feature';
import { dashboardsFeature } from './dashboards/dashboards.feature';
import { q1Feature } from './q1/q1.feature';
import { projectsFeature } from './projects/projects.feature';
import { notificationsFeature } from './notifications/notifications.feature';
import { projectProblemsFeature } from './project-problems/project-problems.feature';
import { projectFilesFeature } from './project-files/project-files.feature';
import { projectDispatchFeature } from './project-dispatch/project-dispatch.feature';
import { enterprisesFeature } from './enterprises/enterprises.feature';
import { investmentFeature } from './investment/investment.feature';
import { enterpriseServiceFeature } from './enterprise-service/enterprise-service.feature';
import { projectToursFeature } from './project-tours/project-tours.feature';
import { policiesFeature } from './policies/policies.feature';
import { referenceFiguresFeature } from './reference-figures/reference-figures.feature';
import { documentsFeature } from './documents/documents.feature';
import { reportsFeature } from './reports/reports.feature';
import { portalArticlesFeature } from './portal-articles/portal-articles.feature';
import { portalFeature } from './portal/portal.feature';
import { enterpriseAccountsFeature } from './enterprise-accounts/enterprise-accounts.feature';
import { portalSubmissionsFeature } from './portal-submissions/portal-submissions.feature';

export const FEATURES = [
  authFeature,
  organisationsFeature,
  usersFeature,
  auditFeature,
  indicatorsFeature,
  targetsFeature,
  reportingFeature,
  spreadsheetsFeature,
  warningsFeature,
  dashboardsFeature,
  q1Feature,
  projectsFeature,
  notificationsFeature,
  projectProblemsFeature,
  projectFilesFeature,
  projectDispatchFeature,
  enterprisesFeature,
  investmentFeature,
  enterpriseServiceFeature,
  projectToursFeature,
  policiesFeature,
  referenceFiguresFeature,
  documentsFeature,
  reportsFeature,
  portalArticlesFeature,
  portalFeature,
  enterpriseAccountsFeature,
  portalSubmissionsFeature,
] as const;

export type Feature = (typeof FEATURES)[number];
