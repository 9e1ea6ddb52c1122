import { namespace } from '../../../i18n/namespace';
import { q1ZhCN } from './zh-CN';

/** The q1 feature's texts (i18next namespace 'q1'). */
export const q1Namespace = namespace('q1', {
  'zh-CN': q1ZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.q1ZhTW),
  en: () => import('./en').then((m) => m.q1En),
});
