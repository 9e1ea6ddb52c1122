import { lazyNamespace } from '../../../i18n/namespace';

/** The notifications feature's texts (i18next namespace 'notifications'). */
export const notificationsNamespace = lazyNamespace('notifications', {
  'zh-CN': () => import('./zh-CN').then((m) => m.notificationsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.notificationsZhTW),
  en: () => import('./en').then((m) => m.notificationsEn),
});
