import { namespace } from '../../../i18n/namespace';
import { projectsEn } from './en';
import { projectsZhCN } from './zh-CN';
import { projectsZhTW } from './zh-TW';

/** The projects feature's texts (i18next namespace 'projects'). */
export const projectsNamespace = namespace('projects', { 'zh-CN': projectsZhCN, 'zh-TW': projectsZhTW, en: projectsEn });
