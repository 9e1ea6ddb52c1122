import type { Dict } from '../../../i18n/types';
import type { portalArticlesZhCN } from './zh-CN';

export const portalArticlesZhTW: Dict<typeof portalArticlesZhCN> = {
  menu: { portalArticles: '門戶文章' },
  title: '門戶文章',
  empty: '暫無門戶文章',
  columns: { organisation: '單位', title: '標題', createdAt: '建立時間' },
};
