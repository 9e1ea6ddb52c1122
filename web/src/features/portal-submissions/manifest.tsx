import { InboxOutlined } from '@ant-design/icons';
import { lazyPage, type FeatureManifest } from '../../app/feature';
import { portalSubmissionsNamespace } from './i18n';
import { portalSubmissionsMenu } from './i18n/menu';

/** 门户来信: the inbox of what the public sent through the portal, routed to leads, service tickets and the editors. */
export const portalSubmissionsFeature: FeatureManifest<typeof portalSubmissionsNamespace> = {
  name: 'portal-submissions',
  routes: [{ path: 'portal-submissions', permission: 'portal_submission.read', page: lazyPage(() => import('./pages/SubmissionsInboxPage'), 'SubmissionsInboxPage') }],
  menu: [
    { key: 'portal-submissions', path: '/portal-submissions', icon: <InboxOutlined />, label: portalSubmissionsMenu.inbox, order: 62, permission: 'portal_submission.read', shortcut: true },
  ],
  i18n: portalSubmissionsNamespace,
};
