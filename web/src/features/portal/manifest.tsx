import { lazyPage, type FeatureManifest } from '../../app/feature';
import { portalNamespace } from './i18n';

/** 门户网站: its page, menu entry and home shortcut, its texts. */
export const portalFeature: FeatureManifest<typeof portalNamespace> = {
  name: 'portal',
  routes: [{ path: 'portal-admin', permission: 'organisation.read', page: lazyPage(() => import('./pages/PortalPage'), 'PortalPage') }],
  // The menu entry comes with the feature's first real page.
  menu: [],
  i18n: portalNamespace,
};
