import { namespace } from '../../../i18n/namespace';
import { warningsZhCN } from './zh-CN';

/** The warnings feature's texts (i18next namespace 'warnings'). */
export const warningsNamespace = namespace('warnings', {
  'zh-CN': warningsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.warningsZhTW),
  en: () => import('./en').then((m) => m.warningsEn),
});
