import { namespace } from '../../../i18n/namespace';
import { reportingZhCN } from './zh-CN';

/** The reporting feature's texts (i18next namespace 'reporting'). */
export const reportingNamespace = namespace('reporting', {
  'zh-CN': reportingZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.reportingZhTW),
  en: () => import('./en').then((m) => m.reportingEn),
});
