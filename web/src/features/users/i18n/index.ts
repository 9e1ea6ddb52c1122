import { lazyNamespace } from '../../../i18n/namespace';

/** The users feature's own texts (i18next namespace 'users'): position, telephone, the password step. The page's other texts are the shell's. */
export const usersNamespace = lazyNamespace('users', {
  'zh-CN': () => import('./zh-CN').then((m) => m.usersZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.usersZhTW),
  en: () => import('./en').then((m) => m.usersEn),
});
