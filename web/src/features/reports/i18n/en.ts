import type { Dict } from '../../../i18n/types';
import type { reportsZhCN } from './zh-CN';

export const reportsEn: Dict<typeof reportsZhCN> = {
  menu: { reports: 'Reports' },
  title: 'Reports',
  empty: 'No Reports yet',
  columns: { organisation: 'Organisation', title: 'Title', createdAt: 'Created' },
};
