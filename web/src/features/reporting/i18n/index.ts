import { namespace } from '../../../i18n/namespace';
import { reportingEn } from './en';
import { reportingZhCN } from './zh-CN';
import { reportingZhTW } from './zh-TW';

/** The reporting feature's texts (i18next namespace 'reporting'). */
export const reportingNamespace = namespace('reporting', { 'zh-CN': reportingZhCN, 'zh-TW': reportingZhTW, en: reportingEn });
