import { lazyNamespace } from '../../../i18n/namespace';

/** The portal feature's texts (i18next namespace 'portal'), loaded with its pages. */
export const portalNamespace = lazyNamespace('portal', {
  'zh-CN': () => import('./zh-CN').then((m) => m.portalZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.portalZhTW),
  en: () => import('./en').then((m) => m.portalEn),
});
