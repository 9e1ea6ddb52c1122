import { namespace } from '../../../i18n/namespace';
import { projectToursZhCN } from './zh-CN';

/** The project-tours feature's texts (i18next namespace 'project-tours'). */
export const projectToursNamespace = namespace('project-tours', {
  'zh-CN': projectToursZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.projectToursZhTW),
  en: () => import('./en').then((m) => m.projectToursEn),
});
