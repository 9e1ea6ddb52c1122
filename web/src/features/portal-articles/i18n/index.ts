import { lazyNamespace } from '../../../i18n/namespace';

/** The portal-articles feature's texts (i18next namespace 'portal-articles'), loaded with its pages. */
export const portalArticlesNamespace = lazyNamespace('portal-articles', {
  'zh-CN': () => import('./zh-CN').then((m) => m.portalArticlesZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.portalArticlesZhTW),
  en: () => import('./en').then((m) => m.portalArticlesEn),
});
