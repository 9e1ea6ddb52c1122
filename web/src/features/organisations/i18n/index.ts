import { namespace } from '../../../i18n/namespace';
import { organisationsZhCN } from './zh-CN';

/** The organisations feature's own texts (i18next namespace 'organisations'): a department's read grants. The pages' other texts are the shell's. */
export const organisationsNamespace = namespace('organisations', {
  'zh-CN': organisationsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.organisationsZhTW),
  en: () => import('./en').then((m) => m.organisationsEn),
});
