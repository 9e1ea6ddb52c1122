import { namespace } from '../../../i18n/namespace';
import { enterpriseAccountsZhCN } from './zh-CN';

/** The enterprise-accounts feature's texts (i18next namespace 'enterprise-accounts'). */
export const enterpriseAccountsNamespace = namespace('enterprise-accounts', {
  'zh-CN': enterpriseAccountsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.enterpriseAccountsZhTW),
  en: () => import('./en').then((m) => m.enterpriseAccountsEn),
});
