import { namespace } from '../../../i18n/namespace';
import { referenceFiguresZhCN } from './zh-CN';

/** The reference-figures feature's texts (i18next namespace 'reference-figures'). */
export const referenceFiguresNamespace = namespace('reference-figures', {
  'zh-CN': referenceFiguresZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.referenceFiguresZhTW),
  en: () => import('./en').then((m) => m.referenceFiguresEn),
});
