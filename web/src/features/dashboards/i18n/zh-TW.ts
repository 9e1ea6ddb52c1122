import type { Dict } from '../../../i18n/types';
import type { dashboardsZhCN } from './zh-CN';

export const dashboardsZhTW: Dict<typeof dashboardsZhCN> = {
  title: 'dashboards',
};
