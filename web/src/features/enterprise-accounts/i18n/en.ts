import type { Dict } from '../../../i18n/types';
import type { enterpriseAccountsZhCN } from './zh-CN';

export const enterpriseAccountsEn: Dict<typeof enterpriseAccountsZhCN> = {
  menu: { enterpriseAccounts: 'Enterprise accounts' },
  title: 'Enterprise accounts',
  empty: 'No Enterprise accounts yet',
  columns: { organisation: 'Organisation', title: 'Title', createdAt: 'Created' },
};
