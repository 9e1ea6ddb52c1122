import type { Dict } from '../../../i18n/types';
import type { portalZhCN } from './zh-CN';

export const portalZhTW: Dict<typeof portalZhCN> = {
  menu: { portal: '門戶網站' },
  title: '門戶網站',
  empty: '暫無門戶網站',
  columns: { organisation: '單位', title: '標題', createdAt: '建立時間' },
};
