import { namespace } from '../../../i18n/namespace';
import { dashboardsZhCN } from './zh-CN';

/** The dashboards feature's texts (i18next namespace 'dashboards'). */
export const dashboardsNamespace = namespace('dashboards', {
  'zh-CN': dashboardsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.dashboardsZhTW),
  en: () => import('./en').then((m) => m.dashboardsEn),
});
