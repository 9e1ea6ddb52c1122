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

const page = (element: ReactNode) => <Suspense fallback={<PageState loading />}>{element}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
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
