import 'i18next';
import type { zhCN } from './locales/zh-CN';
import type { dashboardsZhCN } from '../features/dashboards/i18n/zh-CN';
import type { q1ZhCN } from '../features/q1/i18n/zh-CN';
import type { reportingZhCN } from '../features/reporting/i18n/zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN; reporting: typeof reportingZhCN; dashboards: typeof dashboardsZhCN; q1: typeof q1ZhCN };
  }
}
