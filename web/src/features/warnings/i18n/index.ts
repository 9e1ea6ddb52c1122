import { lazyNamespace } from '../../../i18n/namespace';

/** The warnings feature's texts (i18next namespace 'warnings'). */
export const warningsNamespace = lazyNamespace('warnings', {
  'zh-CN': () => import('./zh-CN').then((m) => m.warningsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.warningsZhTW),
  en: () => import('./en').then((m) => m.warningsEn),
});
