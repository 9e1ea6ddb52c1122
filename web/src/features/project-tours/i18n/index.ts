import { lazyNamespace } from '../../../i18n/namespace';

/** The project-tours feature's texts (i18next namespace 'project-tours'). */
export const projectToursNamespace = lazyNamespace('project-tours', {
  'zh-CN': () => import('./zh-CN').then((m) => m.projectToursZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.projectToursZhTW),
  en: () => import('./en').then((m) => m.projectToursEn),
});
