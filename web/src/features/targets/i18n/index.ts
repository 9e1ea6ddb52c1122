import { lazyNamespace } from '../../../i18n/namespace';

/** The targets feature's texts (i18next namespace 'targets'). */
export const targetsNamespace = lazyNamespace('targets', {
  'zh-CN': () => import('./zh-CN').then((m) => m.targetsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.targetsZhTW),
  en: () => import('./en').then((m) => m.targetsEn),
});
