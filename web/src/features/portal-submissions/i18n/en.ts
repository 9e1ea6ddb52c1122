import type { Dict } from '../../../i18n/types';
import type { portalSubmissionsZhCN } from './zh-CN';

export const portalSubmissionsEn: Dict<typeof portalSubmissionsZhCN> = {
  menu: { portalSubmissions: 'Portal submissions' },
  title: 'Portal submissions',
  empty: 'No Portal submissions yet',
  columns: { organisation: 'Organisation', title: 'Title', createdAt: 'Created' },
};
