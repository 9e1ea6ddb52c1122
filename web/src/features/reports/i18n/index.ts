import { namespace } from '../../../i18n/namespace';
import { reportsZhCN } from './zh-CN';

/** The reports feature's texts (i18next namespace 'reports'). */
export const reportsNamespace = namespace('reports', {
  'zh-CN': reportsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.reportsZhTW),
  en: () => import('./en').then((m) => m.reportsEn),
});
