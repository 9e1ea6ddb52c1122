import { FlagOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { projectToursNamespace } from './i18n';
import { projectToursMenu } from './i18n/menu';

/**
 * 观摩拉练: the city's inspection tours of districts' projects (list, and a tour with its route, the
 * judge's scoring form and the districts ranked). Like the other project pages, left out of the
 * system administrator's and the auditor's menus (the server lets them read).
 */
export const projectToursFeature: FeatureManifest<typeof projectToursNamespace> = {
  name: 'project-tours',
  routes: [
    { path: 'project-tours', permission: 'tour.read', page: lazyPage(() => import('./pages/ToursPage'), 'ToursPage') },
    { path: 'project-tours/:id', permission: 'tour.read', page: lazyPage(() => import('./pages/TourPage'), 'TourPage'), menuKey: 'project-tours' },
  ],
  menu: [{ key: 'project-tours', path: '/project-tours', icon: <FlagOutlined />, label: projectToursMenu.projectTours, order: 49.5, permission: 'tour.read', hiddenFrom: ['system_admin', 'auditor'], shortcut: true }],
  i18n: projectToursNamespace,
};
