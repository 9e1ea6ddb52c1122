import { lazyNamespace } from '../../../i18n/namespace';

/** The organisations feature's own texts (i18next namespace 'organisations'): a department's read grants. The pages' other texts are the shell's. */
export const organisationsNamespace = lazyNamespace('organisations', {
  'zh-CN': () => import('./zh-CN').then((m) => m.organisationsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.organisationsZhTW),
  en: () => import('./en').then((m) => m.organisationsEn),
});
