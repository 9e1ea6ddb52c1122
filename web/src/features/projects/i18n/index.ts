import { namespace } from '../../../i18n/namespace';
import { projectsZhCN } from './zh-CN';

/** The projects feature's texts (i18next namespace 'projects'). */
export const projectsNamespace = namespace('projects', {
  'zh-CN': projectsZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.projectsZhTW),
  en: () => import('./en').then((m) => m.projectsEn),
});
