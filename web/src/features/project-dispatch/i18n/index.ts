import { lazyNamespace } from '../../../i18n/namespace';

/** The project-dispatch feature's texts (i18next namespace 'project-dispatch'). */
export const projectDispatchNamespace = lazyNamespace('project-dispatch', {
  'zh-CN': () => import('./zh-CN').then((m) => m.projectDispatchZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.projectDispatchZhTW),
  en: () => import('./en').then((m) => m.projectDispatchEn),
});
