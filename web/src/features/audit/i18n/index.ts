import { namespace } from '../../../i18n/namespace';
import { auditZhCN } from './zh-CN';

/** The audit feature's own texts (i18next namespace 'audit'): kept heads, checkpoints, the role check. The trail's other texts are the shell's. */
export const auditNamespace = namespace('audit', {
  'zh-CN': auditZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.auditZhTW),
  en: () => import('./en').then((m) => m.auditEn),
});
