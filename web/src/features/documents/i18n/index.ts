import { lazyNamespace } from '../../../i18n/namespace';

/** The documents feature's texts (i18next namespace 'documents'). */
export const documentsNamespace = lazyNamespace('documents', {
  'zh-CN': () => import('./zh-CN').then((m) => m.documentsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.documentsZhTW),
  en: () => import('./en').then((m) => m.documentsEn),
});
