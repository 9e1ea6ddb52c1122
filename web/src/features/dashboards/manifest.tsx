import { DashboardOutlined, WarningOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { dashboardsNamespace } from './i18n';
import { dashboardsMenu } from './i18n/menu';

/** Read models for everyone: the overview, rankings, district trends, the warning board and the big screen. */
export const dashboardsFeature: FeatureManifest<typeof dashboardsNamespace> = {
  name: 'dashboards',
  routes: [
    { path: 'dashboard', permission: 'dashboard.read', page: lazyPage(() => import('./pages/OverviewPage'), 'OverviewPage'), prefetch: (context) => void import('./api').then((m) => m.prefetchOverview(context)) },
    { path: 'dashboard/ranking', permission: 'dashboard.read', page: lazyPage(() => import('./pages/RankingPage'), 'RankingPage') },
    { path: 'dashboard/district/:id', permission: 'dashboard.read', page: lazyPage(() => import('./pages/DistrictDashboardPage'), 'DistrictDashboardPage') },
    { path: 'warnings', permission: 'dashboard.read', page: lazyPage(() => import('./pages/WarningBoardPage'), 'WarningBoardPage') },
    // The big screen (大屏) is a full-window wall display, outside the app layout.
    { path: 'bigscreen', frame: 'screen', permission: 'dashboard.read', page: lazyPage(() => import('./pages/BigScreenPage'), 'BigScreenPage') },
  ],
  menu: [
    // Menu choices, not refusals: the auditor (and, for the warning board, the system admin) may read
    // the dashboards but is not offered them.
    { key: 'dashboard', path: '/dashboard', icon: <DashboardOutlined />, label: dashboardsMenu.dashboard, order: 20, permission: 'dashboard.read', hiddenFrom: ['auditor'], shortcut: true },
    {
      key: 'warnings', path: '/warnings', icon: <WarningOutlined />, label: dashboardsMenu.warnings, order: 40, permission: 'dashboard.read',
      hiddenFrom: ['system_admin', 'auditor'], shortcut: true,
    },
  ],
  i18n: dashboardsNamespace,
};
