import { createBrowserRouter } from 'react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { AuditPage } from '../features/audit/pages/AuditPage';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { HomePage } from '../features/home/pages/HomePage';
import { OrganisationDetailPage } from '../features/organisations/pages/OrganisationDetailPage';
import { OrganisationsPage } from '../features/organisations/pages/OrganisationsPage';
import { UsersPage } from '../features/users/pages/UsersPage';
import { AppLayout } from './layouts/AppLayout';
import { RequireAuth } from './RequireAuth';
import { RequireRole } from './RequireRole';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'organisations', element: <OrganisationsPage /> },
          { path: 'organisations/:id', element: <OrganisationDetailPage /> },
          { path: 'users', element: <RequireRole roles={['system_admin']}><UsersPage /></RequireRole> },
          { path: 'audit', element: <RequireRole roles={['auditor']}><AuditPage /></RequireRole> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
