import { namespace } from '../../../i18n/namespace';
import { portalArticlesZhCN } from './zh-CN';

/** The portal-articles feature's texts (i18next namespace 'portal-articles'). */
export const portalArticlesNamespace = namespace('portal-articles', {
  'zh-CN': portalArticlesZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.portalArticlesZhTW),
  en: () => import('./en').then((m) => m.portalArticlesEn),
});
