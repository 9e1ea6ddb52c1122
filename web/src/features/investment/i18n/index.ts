import { namespace } from '../../../i18n/namespace';
import { investmentZhCN } from './zh-CN';

/** The investment feature's texts (i18next namespace 'investment'). */
export const investmentNamespace = namespace('investment', {
  'zh-CN': investmentZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.investmentZhTW),
  en: () => import('./en').then((m) => m.investmentEn),
});
