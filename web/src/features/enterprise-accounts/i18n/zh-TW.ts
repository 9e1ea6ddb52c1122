import type { Dict } from '../../../i18n/types';
import type { enterpriseAccountsZhCN } from './zh-CN';

export const enterpriseAccountsZhTW: Dict<typeof enterpriseAccountsZhCN> = {
  title: '企業入駐審核',
  intro: '企業在門戶網站註冊並驗證聯繫方式後，由所在區或市發展改革部門確認；確認時與企業庫中信用代碼相同的記錄關聯。聯繫方式僅部分顯示。',
  empty: '暫無企業入駐申請',
  status: { pending_confirmation: '待確認', confirmed: '已確認', rejected: '已駁回' },
  columns: { creditCode: '統一社會信用代碼', companyName: '企業名稱', district: '所在區', contact: '聯絡人', registry: '企業庫記錄', createdAt: '申請時間', actions: '操作' },
  notInRegistry: '企業庫暫無（確認後待錄入企業庫）',
  confirm: '確認',
  reject: '駁回',
  confirmQuestion: '確認 {{name}} 的入駐申請？',
  rejectTitle: '駁回 {{name}} 的入駐申請',
  reason: '駁回理由（將告知企業）',
  reasonRequired: '請填寫駁回理由',
  done: '已處理',
};
