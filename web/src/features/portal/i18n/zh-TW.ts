import type { Dict } from '../../../i18n/types';
import type { portalZhCN } from './zh-CN';

export const portalZhTW: Dict<typeof portalZhCN> = {
  title: '投資機會（門戶）',
  subtitle: '市政府在門戶網站發佈的招商項目與待出讓地塊；只有已發佈的對公眾可見。',
  empty: '暫無投資機會',
  openPortal: '打開門戶網站',
  add: '新建投資機會',
  columns: { title: '標題', kind: '類型', district: '區域', status: '狀態', updatedAt: '更新時間', actions: '操作' },
  kind: { project: '重大項目', land: '地塊' },
  status: { draft: '草稿', published: '已發佈', withdrawn: '已撤下' },
  illustrative: '示例',
  publish: '發佈',
  withdraw: '撤下',
  confirmPublish: '發佈後公眾即可在門戶網站看到「{{title}}」。確定發佈嗎？',
  confirmWithdraw: '撤下後「{{title}}」將不再對公眾顯示。確定撤下嗎？',
  published: '已發佈',
  withdrawn: '已撤下',
  created: '已儲存為草稿',
  form: {
    kind: '類型', project: '重大項目', projectSearch: '輸入項目名稱搜尋', district: '區域', title: '標題', summary: '簡介',
    areaMu: '面積（畝）', plannedUse: '規劃用途', location: '位置', conditions: '出讓條件', contactOffice: '聯繫單位',
    contactPhone: '辦公電話', phoneHelp: '請填寫單位辦公電話，不要填寫個人手機號。', save: '儲存草稿', cancel: '取消', required: '請填寫此項',
  },
};
