import { namespace } from '../../../i18n/namespace';
import { authZhCN } from './zh-CN';

/** The auth feature's own texts (i18next namespace 'auth'); the sign-in form's are the shell's. */
export const authNamespace = namespace('auth', {
  'zh-CN': authZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.authZhTW),
  en: () => import('./en').then((m) => m.authEn),
});
