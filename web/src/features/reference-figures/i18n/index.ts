import { lazyNamespace } from '../../../i18n/namespace';

/** The reference-figures feature's texts (i18next namespace 'reference-figures'), loaded when its panels first draw. */
export const referenceFiguresNamespace = lazyNamespace('reference-figures', {
  'zh-CN': () => import('./zh-CN').then((m) => m.referenceFiguresZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.referenceFiguresZhTW),
  en: () => import('./en').then((m) => m.referenceFiguresEn),
});
