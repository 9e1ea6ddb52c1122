import { lazyNamespace } from '../../../i18n/namespace';

/** The reporting feature's texts (i18next namespace 'reporting'). */
export const reportingNamespace = lazyNamespace('reporting', {
  'zh-CN': () => import('./zh-CN').then((m) => m.reportingZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.reportingZhTW),
  en: () => import('./en').then((m) => m.reportingEn),
});
