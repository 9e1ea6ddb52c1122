import { lazyNamespace } from '../../../i18n/namespace';

/** The projects feature's texts (i18next namespace 'projects'). */
export const projectsNamespace = lazyNamespace('projects', {
  'zh-CN': () => import('./zh-CN').then((m) => m.projectsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.projectsZhTW),
  en: () => import('./en').then((m) => m.projectsEn),
});
