import { namespace } from '../../../i18n/namespace';
import { dashboardsEn } from './en';
import { dashboardsZhCN } from './zh-CN';
import { dashboardsZhTW } from './zh-TW';

/** The dashboards feature's texts (i18next namespace 'dashboards'). */
export const dashboardsNamespace = namespace('dashboards', { 'zh-CN': dashboardsZhCN, 'zh-TW': dashboardsZhTW, en: dashboardsEn });
