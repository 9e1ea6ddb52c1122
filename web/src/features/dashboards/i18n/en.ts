import type { Dict } from '../../../i18n/types';
import type { dashboardsZhCN } from './zh-CN';

export const dashboardsEn: Dict<typeof dashboardsZhCN> = {
  title: 'dashboards',
};
