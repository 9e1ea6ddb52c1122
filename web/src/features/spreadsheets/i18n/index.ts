import { namespace } from '../../../i18n/namespace';
import { spreadsheetsZhCN } from './zh-CN';

/** The spreadsheets feature's texts (i18next namespace 'spreadsheets'). */
export const spreadsheetsNamespace = namespace('spreadsheets', {
  'zh-CN': spreadsheetsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.spreadsheetsZhTW),
  en: () => import('./en').then((m) => m.spreadsheetsEn),
});
