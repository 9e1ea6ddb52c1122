import type { Dict } from '../../../i18n/types';
import type { enterprisesZhCN } from './zh-CN';

export const enterprisesEn: Dict<typeof enterprisesZhCN> = {
  menu: { enterprises: 'Enterprises' },
  title: 'Enterprises',
  empty: 'No Enterprises yet',
  columns: { organisation: 'Organisation', title: 'Title', createdAt: 'Created' },
};
