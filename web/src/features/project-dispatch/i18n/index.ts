import { namespace } from '../../../i18n/namespace';
import { projectDispatchZhCN } from './zh-CN';

/** The project-dispatch feature's texts (i18next namespace 'project-dispatch'). */
export const projectDispatchNamespace = namespace('project-dispatch', {
  'zh-CN': projectDispatchZhCN,
  'zh-TW': () => import('./zh-TW').then((m) => m.projectDispatchZhTW),
  en: () => import('./en').then((m) => m.projectDispatchEn),
});
