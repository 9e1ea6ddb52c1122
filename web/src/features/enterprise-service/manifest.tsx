import { CustomerServiceOutlined, TeamOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { enterpriseServiceNamespace } from './i18n';
import { enterpriseServiceMenu } from './i18n/menu';

/**
 * 企业服务: enterprises' problems (a district's, those sent to a department, the city's), raising
 * one; the liaisons of key enterprises with their visits, and cultivation into 规上 / 限上.
 */
export const enterpriseServiceFeature: FeatureManifest<typeof enterpriseServiceNamespace> = {
  name: 'enterprise-service',
  routes: [
    { path: 'enterprise-service', permission: 'enterprise_service.read', page: lazyPage(() => import('./pages/ProblemsPage'), 'ProblemsPage') },
    { path: 'enterprise-service/new', permission: 'enterprise_problem.raise', page: lazyPage(() => import('./pages/RaiseProblemPage'), 'RaiseProblemPage'), menuKey: 'enterprise-service' },
    { path: 'enterprise-service/problems/:id', permission: 'enterprise_service.read', page: lazyPage(() => import('./pages/ProblemPage'), 'ProblemPage'), menuKey: 'enterprise-service' },
    { path: 'enterprise-service/board', permission: 'enterprise_service.read', page: lazyPage(() => import('./pages/BoardPage'), 'BoardPage') },
  ],
  menu: [
    { key: 'enterprise-service', path: '/enterprise-service', icon: <CustomerServiceOutlined />, label: enterpriseServiceMenu.problems, order: 56, permission: 'enterprise_service.read', shortcut: true },
    { key: 'enterprise-service/board', path: '/enterprise-service/board', icon: <TeamOutlined />, label: enterpriseServiceMenu.board, order: 57, permission: 'enterprise_service.read', shortcut: true },
  ],
  i18n: enterpriseServiceNamespace,
};
