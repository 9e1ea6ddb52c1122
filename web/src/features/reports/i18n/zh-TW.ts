import type { Dict } from '../../../i18n/types';
import type { reportsZhCN } from './zh-CN';

export const reportsZhTW: Dict<typeof reportsZhCN> = {
  menu: { reports: '報告' },
  title: '報告',
  empty: '暫無報告',
  columns: { organisation: '單位', title: '標題', createdAt: '建立時間' },
};
