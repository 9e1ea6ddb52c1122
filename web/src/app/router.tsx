import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { PageState } from '../components/PageState';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { HomePage } from '../features/home/pages/HomePage';
import { AppLayout } from './layouts/AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';

// Feature pages load on first visit.
const OrganisationsPage = lazy(() => import('../features/organisations/pages/OrganisationsPage').then((m) => ({ default: m.OrganisationsPage })));
const OrganisationDetailPage = lazy(() =>
  import('../features/organisations/pages/OrganisationDetailPage').then((m) => ({ default: m.OrganisationDetailPage })),
);
const UsersPage = lazy(() => import('../features/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('../features/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })));

const lazyPage = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const ReportingPage = lazyPage(() => import('../features/reporting/pages/ReportingPage'), 'ReportingPage');
const MonthPage = lazyPage(() => import('../features/reporting/pages/MonthPage'), 'MonthPage');
const ReviewBoardPage = lazyPage(() => import('../features/reporting/pages/ReviewBoardPage'), 'ReviewBoardPage');
const TargetsPage = lazyPage(() => import('../features/reporting/pages/TargetsPage'), 'TargetsPage');
const OverviewPage = lazyPage(() => import('../features/dashboards/pages/OverviewPage'), 'OverviewPage');
const RankingPage = lazyPage(() => import('../features/dashboards/pages/RankingPage'), 'RankingPage');
const DistrictDashboardPage = lazyPage(() => import('../features/dashboards/pages/DistrictDashboardPage'), 'DistrictDashboardPage');
const WarningBoardPage = lazyPage(() => import('../features/dashboards/pages/WarningBoardPage'), 'WarningBoardPage');
const WarningRulesPage = lazyPage(() => import('../features/dashboards/pages/WarningRulesPage'), 'WarningRulesPage');
const Q1Page = lazyPage(() => import('../features/q1/pages/Q1Page'), 'Q1Page');
const BigScreenPage = lazyPage(() => import('../features/dashboards/pages/BigScreenPage'), 'BigScreenPage');

const page = (element: ReactNode) => <Suspense fallback={<PageState loading />}>{element}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      // The big screen (大屏) is a full-window wall display, outside the app layout.
      { path: 'bigscreen', element: page(<BigScreenPage />) },
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'dashboard', element: page(<OverviewPage />) },
          { path: 'dashboard/ranking', element: page(<RankingPage />) },
          { path: 'dashboard/district/:id', element: page(<DistrictDashboardPage />) },
          { path: 'q1', element: page(<Q1Page />) },
          { path: 'warnings', element: page(<WarningBoardPage />) },
          { path: 'warning-rules', element: <RequireRole roles={['city_reviewer']}>{page(<WarningRulesPage />)}</RequireRole> },
          { path: 'reporting', element: <RequireRole roles={['district_operator']}>{page(<ReportingPage />)}</RequireRole> },
          { path: 'reporting/:periodKey/:organisationId', element: page(<MonthPage />) },
          { path: 'review', element: <RequireRole roles={['city_reviewer']}>{page(<ReviewBoardPage />)}</RequireRole> },
          { path: 'targets', element: <RequireRole roles={['city_reviewer']}>{page(<TargetsPage />)}</RequireRole> },
          { path: 'organisations', element: page(<OrganisationsPage />) },
          { path: 'organisations/:id', element: page(<OrganisationDetailPage />) },
          { path: 'users', element: <RequireRole roles={['system_admin']}>{page(<UsersPage />)}</RequireRole> },
          { path: 'audit', element: <RequireRole roles={['auditor']}>{page(<AuditPage />)}</RequireRole> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
