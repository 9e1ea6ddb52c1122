import { namespace } from '../../../i18n/namespace';
import { usersEn } from './en';
import { usersZhCN } from './zh-CN';
import { usersZhTW } from './zh-TW';

/** The users feature's own texts (i18next namespace 'users'): position, telephone, the password step. The page's other texts are the shell's. */
export const usersNamespace = namespace('users', { 'zh-CN': usersZhCN, 'zh-TW': usersZhTW, en: usersEn });
