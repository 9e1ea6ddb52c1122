import type { Dict } from '../../../i18n/types';
import type { policiesZhCN } from './zh-CN';

export const policiesZhTW: Dict<typeof policiesZhCN> = {
  menu: { policies: '政策庫' },
  title: '政策庫',
  empty: '沒有符合條件的政策',
  search: '政策名稱、發布機構或文號',
  inForceOnly: '僅看有效政策',
  total: '共 {{count}} 條',
  columns: { title: '政策名稱', issuer: '發布機構', documentNumber: '文號', issuedOn: '發布日期', validity: '有效期', conditions: '適用條件' },
  open: '長期',
  inForce: '有效', notInForce: '已失效', withdrawn: '已撤下',
  noConditions: '不限',
  toTell: '應告知的企業',
  exportToTell: '匯出告知名單',
  matched: '符合', unknown: '待核實',
  forEnterprise: '查企業可能適用的政策',
  noMatch: '暫無可能適用的政策',
  condition: { industry: '行業 {{value}}', size: '規模 {{value}}', district: '區域 {{value}}' },
};
