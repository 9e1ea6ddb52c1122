import { namespace } from '../../../i18n/namespace';
import { portalSubmissionsZhCN } from './zh-CN';

/** The portal-submissions feature's texts (i18next namespace 'portal-submissions'). */
export const portalSubmissionsNamespace = namespace('portal-submissions', {
  'zh-CN': portalSubmissionsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.portalSubmissionsZhTW),
  en: () => import('./en').then((m) => m.portalSubmissionsEn),
});
