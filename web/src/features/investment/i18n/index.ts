import { lazyNamespace } from '../../../i18n/namespace';

/** The investment feature's texts (i18next namespace 'investment'). */
export const investmentNamespace = lazyNamespace('investment', {
  'zh-CN': () => import('./zh-CN').then((m) => m.investmentZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.investmentZhTW),
  en: () => import('./en').then((m) => m.investmentEn),
});
