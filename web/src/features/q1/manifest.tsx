import { FireOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { q1Namespace } from './i18n';
import { q1Menu } from './i18n/menu';

/** The Q1 开门红 board and the districts' weekly entry. */
export const q1Feature: FeatureManifest<typeof q1Namespace> = {
  name: 'q1',
  routes: [{ path: 'q1', permission: 'dashboard.read', page: lazyPage(() => import('./pages/Q1Page'), 'Q1Page') }],
  menu: [
    // Offered to those who push or follow the Q1 drive (reviewers, leaders, districts).
    { key: 'q1', path: '/q1', icon: <FireOutlined />, label: q1Menu.q1, order: 30, permission: 'dashboard.read', hiddenFrom: ['system_admin', 'department_staff', 'auditor'], shortcut: true },
  ],
  i18n: q1Namespace,
};
