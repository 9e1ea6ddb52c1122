import { namespace } from '../../../i18n/namespace';
import { notificationsZhCN } from './zh-CN';

/** The notifications feature's texts (i18next namespace 'notifications'). */
export const notificationsNamespace = namespace('notifications', {
  'zh-CN': notificationsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.notificationsZhTW),
  en: () => import('./en').then((m) => m.notificationsEn),
});
