import { lazyNamespace } from '../../../i18n/namespace';

/** The portal-submissions feature's texts (i18next namespace 'portal-submissions'), loaded with its pages. */
export const portalSubmissionsNamespace = lazyNamespace('portal-submissions', {
  'zh-CN': () => import('./zh-CN').then((m) => m.portalSubmissionsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.portalSubmissionsZhTW),
  en: () => import('./en').then((m) => m.portalSubmissionsEn),
});
