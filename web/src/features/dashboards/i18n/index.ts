import { lazyNamespace } from '../../../i18n/namespace';

/** The dashboards feature's texts (i18next namespace 'dashboards'). */
export const dashboardsNamespace = lazyNamespace('dashboards', {
  'zh-CN': () => import('./zh-CN').then((m) => m.dashboardsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.dashboardsZhTW),
  en: () => import('./en').then((m) => m.dashboardsEn),
});
