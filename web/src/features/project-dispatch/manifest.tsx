import { DashboardOutlined, ScheduleOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { projectDispatchNamespace } from './i18n';
import { projectDispatchMenu } from './i18n/menu';

/**
 * 项目调度: the monthly dispatch (warnings, the link to fixed-asset investment, mass starts and
 * signings) and the projects' dashboard with its map. Like the library, left out of the system
 * administrator's and the auditor's menus (the server lets them read).
 */
export const projectDispatchFeature: FeatureManifest<typeof projectDispatchNamespace> = {
  name: 'project-dispatch',
  routes: [
    { path: 'project-dispatch', permission: 'project.read', page: lazyPage(() => import('./pages/DispatchPage'), 'DispatchPage') },
    { path: 'project-dashboard', permission: 'project.read', page: lazyPage(() => import('./pages/ProjectDashboardPage'), 'ProjectDashboardPage') },
  ],
  menu: [
    { key: 'project-dispatch', path: '/project-dispatch', icon: <ScheduleOutlined />, label: projectDispatchMenu.projectDispatch, order: 48, permission: 'project.read', hiddenFrom: ['system_admin', 'auditor'], shortcut: true },
    { key: 'project-dashboard', path: '/project-dashboard', icon: <DashboardOutlined />, label: projectDispatchMenu.projectDashboard, order: 49, permission: 'project.read', hiddenFrom: ['system_admin', 'auditor'], shortcut: true },
  ],
  i18n: projectDispatchNamespace,
};
