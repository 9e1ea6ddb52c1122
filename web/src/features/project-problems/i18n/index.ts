import { lazyNamespace } from '../../../i18n/namespace';

/** The project-problems feature's texts (i18next namespace 'project-problems'). */
export const projectProblemsNamespace = lazyNamespace('project-problems', {
  'zh-CN': () => import('./zh-CN').then((m) => m.projectProblemsZhCN),
  'zh-TW': () => import('./zh-TW').then((m) => m.projectProblemsZhTW),
  en: () => import('./en').then((m) => m.projectProblemsEn),
});
