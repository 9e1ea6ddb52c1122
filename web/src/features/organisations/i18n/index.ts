import { namespace } from '../../../i18n/namespace';
import { organisationsEn } from './en';
import { organisationsZhCN } from './zh-CN';
import { organisationsZhTW } from './zh-TW';

/** The organisations feature's own texts (i18next namespace 'organisations'): a department's read grants. The pages' other texts are the shell's. */
export const organisationsNamespace = namespace('organisations', { 'zh-CN': organisationsZhCN, 'zh-TW': organisationsZhTW, en: organisationsEn });
