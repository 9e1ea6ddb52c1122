import type { Dict } from '../../../i18n/types';
import type { portalZhCN } from './zh-CN';

export const portalEn: Dict<typeof portalZhCN> = {
  menu: { portal: 'Public portal' },
  title: 'Public portal',
  empty: 'No Public portal yet',
  columns: { organisation: 'Organisation', title: 'Title', createdAt: 'Created' },
};
