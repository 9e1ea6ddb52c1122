import { namespace } from '../../../i18n/namespace';
import { q1En } from './en';
import { q1ZhCN } from './zh-CN';
import { q1ZhTW } from './zh-TW';

/** The q1 feature's texts (i18next namespace 'q1'). */
export const q1Namespace = namespace('q1', { 'zh-CN': q1ZhCN, 'zh-TW': q1ZhTW, en: q1En });
