import { lazyNamespace } from '../../../i18n/namespace';

/** The reports feature's texts (i18next namespace 'reports'). */
export const reportsNamespace = lazyNamespace('reports', {
  'zh-CN': () => import('./zh-CN').then((m) => m.reportsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.reportsZhTW),
  en: () => import('./en').then((m) => m.reportsEn),
});
