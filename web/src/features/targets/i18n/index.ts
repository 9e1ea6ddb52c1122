import { namespace } from '../../../i18n/namespace';
import { targetsZhCN } from './zh-CN';

/** The targets feature's texts (i18next namespace 'targets'). */
export const targetsNamespace = namespace('targets', {
  'zh-CN': targetsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.targetsZhTW),
  en: () => import('./en').then((m) => m.targetsEn),
});
