import { FileTextOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { reportsNamespace } from './i18n';
import { reportsMenu } from './i18n/menu';

/** 报告: the archive with the generate form, a report's preview with its sources; menu entry after published documents. */
export const reportsFeature: FeatureManifest<typeof reportsNamespace> = {
  name: 'reports',
  routes: [
    { path: 'reports', permission: 'report.read', page: lazyPage(() => import('./pages/ReportsPage'), 'ReportsPage') },
    { path: 'reports/:id', permission: 'report.read', menuKey: 'reports', page: lazyPage(() => import('./pages/ReportPage'), 'ReportPage') },
  ],
  menu: [{ key: 'reports', path: '/reports', icon: <FileTextOutlined />, label: reportsMenu.reports, order: 59, permission: 'report.read', shortcut: true }],
  i18n: reportsNamespace,
};
