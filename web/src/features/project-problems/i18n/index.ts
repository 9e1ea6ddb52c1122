import { namespace } from '../../../i18n/namespace';
import { projectProblemsZhCN } from './zh-CN';

/** The project-problems feature's texts (i18next namespace 'project-problems'). */
export const projectProblemsNamespace = namespace('project-problems', {
  'zh-CN': projectProblemsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.projectProblemsZhTW),
  en: () => import('./en').then((m) => m.projectProblemsEn),
});
