import { namespace } from '../../../i18n/namespace';
import { policiesZhCN } from './zh-CN';

/** The policies feature's texts (i18next namespace 'policies'). */
export const policiesNamespace = namespace('policies', {
  'zh-CN': policiesZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.policiesZhTW),
  en: () => import('./en').then((m) => m.policiesEn),
});
