import { lazyNamespace } from '../../../i18n/namespace';

/** The enterprise-service feature's texts (i18next namespace 'enterprise-service'). */
export const enterpriseServiceNamespace = lazyNamespace('enterprise-service', {
  'zh-CN': () => import('./zh-CN').then((m) => m.enterpriseServiceZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.enterpriseServiceZhTW),
  en: () => import('./en').then((m) => m.enterpriseServiceEn),
});
