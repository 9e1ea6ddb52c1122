import { namespace } from '../../../i18n/namespace';
import { enterpriseServiceZhCN } from './zh-CN';

/** The enterprise-service feature's texts (i18next namespace 'enterprise-service'). */
export const enterpriseServiceNamespace = namespace('enterprise-service', {
  'zh-CN': enterpriseServiceZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.enterpriseServiceZhTW),
  en: () => import('./en').then((m) => m.enterpriseServiceEn),
});
