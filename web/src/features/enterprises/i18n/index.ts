import { lazyNamespace } from '../../../i18n/namespace';

/** The enterprises feature's texts (i18next namespace 'enterprises'). */
export const enterprisesNamespace = lazyNamespace('enterprises', {
  'zh-CN': () => import('./zh-CN').then((m) => m.enterprisesZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.enterprisesZhTW),
  en: () => import('./en').then((m) => m.enterprisesEn),
});
