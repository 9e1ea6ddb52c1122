import { GlobalOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { portalNamespace } from './i18n';
import { portalMenu } from './i18n/menu';

/** 门户网站: the city's page of the portal's opportunities, its menu entry, its texts (the public pages are the server's). */
export const portalFeature: FeatureManifest<typeof portalNamespace> = {
  name: 'portal',
  routes: [{ path: 'portal-admin', permission: 'portal_opportunity.manage', page: lazyPage(() => import('./pages/PortalPage'), 'PortalPage') }],
  menu: [{ key: 'portal-admin', path: '/portal-admin', icon: <GlobalOutlined />, label: portalMenu.portalAdmin, order: 64, permission: 'portal_opportunity.manage', shortcut: true }],
  i18n: portalNamespace,
};
