import { namespace } from '../../../i18n/namespace';
import { portalZhCN } from './zh-CN';

/** The portal feature's texts (i18next namespace 'portal'). */
export const portalNamespace = namespace('portal', {
  'zh-CN': portalZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.portalZhTW),
  en: () => import('./en').then((m) => m.portalEn),
});
