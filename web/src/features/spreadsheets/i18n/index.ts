import { namespace } from '../../../i18n/namespace';
import { spreadsheetsEn } from './en';
import { spreadsheetsZhCN } from './zh-CN';
import { spreadsheetsZhTW } from './zh-TW';

/** The spreadsheets feature's texts (i18next namespace 'spreadsheets'). */
export const spreadsheetsNamespace = namespace('spreadsheets', { 'zh-CN': spreadsheetsZhCN, 'zh-TW': spreadsheetsZhTW, en: spreadsheetsEn });
