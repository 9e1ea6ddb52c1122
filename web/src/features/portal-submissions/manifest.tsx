import { lazyPage, type FeatureManifest } from '../../app/feature';
import { portalSubmissionsNamespace } from './i18n';

/** 门户来信: its page, menu entry and home shortcut, its texts. */
export const portalSubmissionsFeature: FeatureManifest<typeof portalSubmissionsNamespace> = {
  name: 'portal-submissions',
  routes: [{ path: 'portal-submissions', permission: 'organisation.read', page: lazyPage(() => import('./pages/PortalSubmissionsPage'), 'PortalSubmissionsPage') }],
  // The menu entry comes with the feature's first real page.
  menu: [],
  i18n: portalSubmissionsNamespace,
};
