import { auditFeature } from '../features/audit/manifest';
import { authFeature } from '../features/auth/manifest';
import { dashboardsFeature } from '../features/dashboards/manifest';
import { homeFeature } from '../features/home/manifest';
import { organisationsFeature } from '../features/organisations/manifest';
import { q1Feature } from '../features/q1/manifest';
import { reportingFeature } from '../features/reporting/manifest';
import { spreadsheetsFeature } from '../features/spreadsheets/manifest';
import { targetsFeature } from '../features/targets/manifest';
import { usersFeature } from '../features/users/manifest';
import { warningsFeature } from '../features/warnings/manifest';
import { projectsFeature } from '../features/projects/manifest';
import { notificationsFeature } from '../features/notifications/manifest';
import { projectProblemsFeature } from '../features/project-problems/manifest';
import { projectDispatchFeature } from '../features/project-dispatch/manifest';
import { enterprisesFeature } from '../features/enterprises/manifest';
import { investmentFeature } from '../features/investment/manifest';
import { enterpriseServiceFeature } from '../features/enterprise-service/manifest';
import { projectToursFeature } from '../features/project-tours/manifest';
import { policiesFeature } from '../features/policies/manifest';
import { referenceFiguresFeature } from '../features/reference-figures/manifest';
import { documentsFeature } from '../features/documents/manifest';
import { reportsFeature } from '../features/reports/manifest';
import { portalArticlesFeature } from '../features/portal-articles/manifest';
import { portalFeature } from '../features/portal/manifest';
import { enterpriseAccountsFeature } from '../features/enterprise-accounts/manifest';
import { portalSubmissionsFeature } from '../features/portal-submissions/manifest';

/**
 * Every feature of the web app, named as the server's (server/src/features). The router, the side
 * menu, the home shortcuts and the i18n namespaces are built from this list: a new feature is one
 * manifest in its folder and one line here.
 */
export const FEATURES = [
  authFeature,
  homeFeature,
  organisationsFeature,
  usersFeature,
  auditFeature,
  reportingFeature,
  spreadsheetsFeature,
  targetsFeature,
  dashboardsFeature,
  warningsFeature,
  q1Feature,
  projectsFeature,
  notificationsFeature,
  projectProblemsFeature,
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

type FeatureNamespace = Exclude<(typeof FEATURES)[number]['i18n'], null>;

/** The features' namespaces by name, with the shape of their zh-CN texts (types `t`, see i18n/i18next.d.ts). */
export type FeatureResources = { [N in FeatureNamespace as N['name']]: NonNullable<N['shape']> };
