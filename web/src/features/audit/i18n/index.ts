import { lazyNamespace } from '../../../i18n/namespace';

/** The audit feature's own texts (i18next namespace 'audit'): kept heads, checkpoints, the role check. The trail's other texts are the shell's. */
export const auditNamespace = lazyNamespace('audit', {
  'zh-CN': () => import('./zh-CN').then((m) => m.auditZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.auditZhTW),
  en: () => import('./en').then((m) => m.auditEn),
});
