import type { Dict } from '../../../i18n/types';
import type { portalArticlesZhCN } from './zh-CN';

export const portalArticlesEn: Dict<typeof portalArticlesZhCN> = {
  menu: { portalArticles: 'Portal articles' },
  title: 'Portal articles',
  empty: 'No Portal articles yet',
  columns: { organisation: 'Organisation', title: 'Title', createdAt: 'Created' },
};
