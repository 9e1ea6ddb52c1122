import { namespace } from '../../../i18n/namespace';
import { warningsEn } from './en';
import { warningsZhCN } from './zh-CN';
import { warningsZhTW } from './zh-TW';

/** The warnings feature's texts (i18next namespace 'warnings'). */
export const warningsNamespace = namespace('warnings', { 'zh-CN': warningsZhCN, 'zh-TW': warningsZhTW, en: warningsEn });
