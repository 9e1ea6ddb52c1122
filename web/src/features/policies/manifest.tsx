import { AppstoreOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { policiesNamespace } from './i18n';
import { policiesMenu } from './i18n/menu';

/** 政策库: its page, menu entry and home shortcut, its texts. */
export const policiesFeature: FeatureManifest<typeof policiesNamespace> = {
  name: 'policies',
  routes: [{ path: 'policies', permission: 'policy.read', page: lazyPage(() => import('./pages/PoliciesPage'), 'PoliciesPage') }],
  menu: [{ key: 'policies', path: '/policies', icon: <AppstoreOutlined />, label: policiesMenu.policies, order: 53, permission: 'policy.read', shortcut: true }],
  i18n: policiesNamespace,
};
