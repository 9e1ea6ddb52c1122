import type { Dict } from '../../../i18n/types';
import type { enterpriseAccountsZhCN } from './zh-CN';

export const enterpriseAccountsZhTW: Dict<typeof enterpriseAccountsZhCN> = {
  menu: { enterpriseAccounts: '企業帳戶' },
  title: '企業帳戶',
  empty: '暫無企業帳戶',
  columns: { organisation: '單位', title: '標題', createdAt: '建立時間' },
};
