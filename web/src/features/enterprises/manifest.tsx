import { AppstoreOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { enterprisesNamespace } from './i18n';
import { enterprisesMenu } from './i18n/menu';

/** 企业库: its page, menu entry and home shortcut, its texts. */
export const enterprisesFeature: FeatureManifest<typeof enterprisesNamespace> = {
  name: 'enterprises',
  routes: [{ path: 'enterprises', permission: 'enterprise.read', page: lazyPage(() => import('./pages/EnterprisesPage'), 'EnterprisesPage') }],
  menu: [{ key: 'enterprises', path: '/enterprises', icon: <AppstoreOutlined />, label: enterprisesMenu.enterprises, order: 52, permission: 'enterprise.read', shortcut: true }],
  i18n: enterprisesNamespace,
};
