import { namespace } from '../../../i18n/namespace';
import { usersZhCN } from './zh-CN';

/** The users feature's own texts (i18next namespace 'users'): position, telephone, the password step. The page's other texts are the shell's. */
export const usersNamespace = namespace('users', {
  'zh-CN': usersZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.usersZhTW),
  en: () => import('./en').then((m) => m.usersEn),
});
