import type { Dict } from '../../../i18n/types';
import type { projectsZhCN } from './zh-CN';

export const projectsZhTW: Dict<typeof projectsZhCN> = {
  menu: { projects: '重大項目' },
  title: '重大項目',
  empty: '暫無重大項目',
  columns: { organisation: '單位', title: '標題', createdAt: '建立時間' },
};
