import { namespace } from '../../../i18n/namespace';
import { targetsEn } from './en';
import { targetsZhCN } from './zh-CN';
import { targetsZhTW } from './zh-TW';

/** The targets feature's texts (i18next namespace 'targets'). */
export const targetsNamespace = namespace('targets', { 'zh-CN': targetsZhCN, 'zh-TW': targetsZhTW, en: targetsEn });
