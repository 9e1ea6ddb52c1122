import { AuditOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { enterpriseAccountsNamespace } from './i18n';
import { enterpriseAccountsMenu } from './i18n/menu';

/** 企业入驻审核: the officers' page of sign-ups to confirm, its menu entry and home shortcut, its texts. */
export const enterpriseAccountsFeature: FeatureManifest<typeof enterpriseAccountsNamespace> = {
  name: 'enterprise-accounts',
  routes: [{ path: 'enterprise-accounts', permission: 'enterprise_account.confirm', page: lazyPage(() => import('./pages/EnterpriseAccountsPage'), 'EnterpriseAccountsPage') }],
  menu: [{ key: 'enterprise-accounts', path: '/enterprise-accounts', icon: <AuditOutlined />, label: enterpriseAccountsMenu.enterpriseAccounts, order: 63, permission: 'enterprise_account.confirm', shortcut: true }],
  i18n: enterpriseAccountsNamespace,
};
