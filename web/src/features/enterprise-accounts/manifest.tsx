import { lazyPage, type FeatureManifest } from '../../app/feature';
import { enterpriseAccountsNamespace } from './i18n';

/** 企业账户: its page, menu entry and home shortcut, its texts. */
export const enterpriseAccountsFeature: FeatureManifest<typeof enterpriseAccountsNamespace> = {
  name: 'enterprise-accounts',
  routes: [{ path: 'enterprise-accounts', permission: 'organisation.read', page: lazyPage(() => import('./pages/EnterpriseAccountsPage'), 'EnterpriseAccountsPage') }],
  // The menu entry comes with the feature's first real page.
  menu: [],
  i18n: enterpriseAccountsNamespace,
};
