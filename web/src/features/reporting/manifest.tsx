import { CheckSquareOutlined, FormOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { reportingNamespace } from './i18n';
import { reportingMenu } from './i18n/menu';

/** Monthly reporting: the district's months and the city's review board. */
export const reportingFeature: FeatureManifest<typeof reportingNamespace> = {
  name: 'reporting',
  routes: [
    { path: 'reporting', permission: 'figure.enter', page: lazyPage(() => import('./pages/ReportingPage'), 'ReportingPage') },
    { path: 'reporting/:periodKey/:organisationId', permission: 'submission.read', page: lazyPage(() => import('./pages/MonthPage'), 'MonthPage') },
    { path: 'review', permission: 'figure.review', page: lazyPage(() => import('./pages/ReviewBoardPage'), 'ReviewBoardPage') },
  ],
  menu: [
    { key: 'reporting', path: '/reporting', icon: <FormOutlined />, label: reportingMenu.reporting, order: 10, permission: 'figure.enter', shortcut: true },
    { key: 'review', path: '/review', icon: <CheckSquareOutlined />, label: reportingMenu.review, order: 50, permission: 'figure.review', shortcut: true },
  ],
  i18n: reportingNamespace,
};
