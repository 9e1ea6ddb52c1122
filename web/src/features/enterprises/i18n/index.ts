import { namespace } from '../../../i18n/namespace';
import { enterprisesZhCN } from './zh-CN';

/** The enterprises feature's texts (i18next namespace 'enterprises'). */
export const enterprisesNamespace = namespace('enterprises', {
  'zh-CN': enterprisesZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.enterprisesZhTW),
  en: () => import('./en').then((m) => m.enterprisesEn),
});
