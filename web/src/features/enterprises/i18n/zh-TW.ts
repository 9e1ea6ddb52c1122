import type { Dict } from '../../../i18n/types';
import type { enterprisesZhCN } from './zh-CN';

export const enterprisesZhTW: Dict<typeof enterprisesZhCN> = {
  menu: { enterprises: '企業庫' },
  title: '企業庫',
  empty: '暫無企業庫',
  columns: { organisation: '單位', title: '標題', createdAt: '建立時間' },
};
