import type { Dict } from '../../../i18n/types';
import type { portalSubmissionsZhCN } from './zh-CN';

export const portalSubmissionsZhTW: Dict<typeof portalSubmissionsZhCN> = {
  menu: { portalSubmissions: '門戶來信' },
  title: '門戶來信',
  empty: '暫無門戶來信',
  columns: { organisation: '單位', title: '標題', createdAt: '建立時間' },
};
