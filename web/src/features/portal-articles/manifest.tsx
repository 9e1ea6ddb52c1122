import { lazyPage, type FeatureManifest } from '../../app/feature';
import { portalArticlesNamespace } from './i18n';

/** 门户文章: its page, menu entry and home shortcut, its texts. */
export const portalArticlesFeature: FeatureManifest<typeof portalArticlesNamespace> = {
  name: 'portal-articles',
  routes: [{ path: 'portal-articles', permission: 'organisation.read', page: lazyPage(() => import('./pages/PortalArticlesPage'), 'PortalArticlesPage') }],
  // The menu entry comes with the feature's first real page.
  menu: [],
  i18n: portalArticlesNamespace,
};
