import { AppstoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { reportsNamespace } from './i18n';

function ReportsLabel() {
  const { t } = useTranslation('reports');
  return t('menu.reports');
}

/** 报告: its page, menu entry and home shortcut, its texts. */
export const reportsFeature: FeatureManifest<typeof reportsNamespace> = {
  name: 'reports',
  routes: [{ path: 'reports', permission: 'organisation.read', page: lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage') }],
  menu: [{ key: 'reports', path: '/reports', icon: <AppstoreOutlined />, label: ReportsLabel, order: 95, permission: 'organisation.read', shortcut: true }],
  i18n: reportsNamespace,
};
