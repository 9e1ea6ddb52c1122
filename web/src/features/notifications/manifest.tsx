import { lazyPage, type FeatureManifest } from '../../app/feature';
import { notificationsNamespace } from './i18n';

/**
 * 待办与消息: the message centre, reached from the header's bell (no menu entry: the bell is on
 * every page), and its texts.
 */
export const notificationsFeature: FeatureManifest<typeof notificationsNamespace> = {
  name: 'notifications',
  routes: [{ path: 'notifications', permission: 'submission.read', page: lazyPage(() => import('./pages/NotificationsPage'), 'NotificationsPage') }],
  menu: [],
  i18n: notificationsNamespace,
};
