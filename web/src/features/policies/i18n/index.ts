import { lazyNamespace } from '../../../i18n/namespace';

/** The policies feature's texts (i18next namespace 'policies'). */
export const policiesNamespace = lazyNamespace('policies', {
  'zh-CN': () => import('./zh-CN').then((m) => m.policiesZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.policiesZhTW),
  en: () => import('./en').then((m) => m.policiesEn),
});
