import type { Dict } from '../../../i18n/types';
import type { projectsZhCN } from './zh-CN';

export const projectsEn: Dict<typeof projectsZhCN> = {
  menu: { projects: 'Major projects' },
  title: 'Major projects',
  empty: 'No Major projects yet',
  columns: { organisation: 'Organisation', title: 'Title', createdAt: 'Created' },
};
