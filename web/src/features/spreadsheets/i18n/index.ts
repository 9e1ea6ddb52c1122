import { lazyNamespace } from '../../../i18n/namespace';

/** The spreadsheets feature's texts (i18next namespace 'spreadsheets'). */
export const spreadsheetsNamespace = lazyNamespace('spreadsheets', {
  'zh-CN': () => import('./zh-CN').then((m) => m.spreadsheetsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.spreadsheetsZhTW),
  en: () => import('./en').then((m) => m.spreadsheetsEn),
});
