import { namespace } from '../../../i18n/namespace';
import { authEn } from './en';
import { authZhCN } from './zh-CN';
import { authZhTW } from './zh-TW';

/** The auth feature's own texts (i18next namespace 'auth'); the sign-in form's are the shell's. */
export const authNamespace = namespace('auth', { 'zh-CN': authZhCN, 'zh-TW': authZhTW, en: authEn });
