import { lazyNamespace } from '../../../i18n/namespace';

/** The q1 feature's texts (i18next namespace 'q1'). */
export const q1Namespace = lazyNamespace('q1', {
  'zh-CN': () => import('./zh-CN').then((m) => m.q1ZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.q1ZhTW),
  en: () => import('./en').then((m) => m.q1En),
});
