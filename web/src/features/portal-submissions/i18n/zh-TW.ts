import type { Dict } from '../../../i18n/types';
import type { portalSubmissionsZhCN } from './zh-CN';

export const portalSubmissionsZhTW: Dict<typeof portalSubmissionsZhCN> = {
  title: '門戶來信',
  intro: '公眾和企業透過門戶網站提交的投稿、投資意向和訴求。市級看到全部投稿，各區看到轉到本區的意向和訴求；聯絡方式預設打碼，查看完整號碼會記入稽核。',
  empty: '暫無來信',
  all: '全部',
  kind: { interest: '投資意向', problem: '企業訴求', tip: '投稿' },
  status: { received: '已收到', routed: '已轉辦', in_progress: '辦理中', answered: '已答覆', closed: '已辦結', rejected: '不予受理' },
  columns: { kind: '類型', title: '標題', status: '狀態', organisation: '轉辦單位', company: '企業', contact: '聯絡方式', createdAt: '提交時間' },
  detail: {
    body: '內容', contact: '聯絡人', showContact: '查看完整聯絡方式', consent: '同意處理目的', record: '已轉為', lead: '招商線索 #{{id}}', problem: '企業訴求 #{{id}}',
    history: '處理記錄', note: '告知來信人的說明（選填）', moveTo: '改為「{{status}}」', erase: '依申請刪除個人資訊', eraseConfirm: '刪除後內容和聯絡方式不可恢復，確定刪除？',
    attachment: '附件',
    erased: '已刪除個人資訊', anonymous: '匿名',
  },
  done: '已儲存，並已通知來信人',
  stale409: '這條來信剛被其他人更新，請重新整理後重試',
};
