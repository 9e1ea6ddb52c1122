import { lazyNamespace } from '../../../i18n/namespace';

/** The enterprise-accounts feature's texts (i18next namespace 'enterprise-accounts'), loaded with its pages. */
export const enterpriseAccountsNamespace = lazyNamespace('enterprise-accounts', {
  'zh-CN': () => import('./zh-CN').then((m) => m.enterpriseAccountsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.enterpriseAccountsZhTW),
  en: () => import('./en').then((m) => m.enterpriseAccountsEn),
});
