import type { Dict } from '../../../i18n/types';
import type { enterprisesZhCN } from './zh-CN';

export const enterprisesZhTW: Dict<typeof enterprisesZhCN> = {
  menu: { enterprises: '企業庫' },
  title: '企業庫',
  empty: '沒有符合條件的企業',
  search: '企業名稱、拼音、首字母或統一社會信用代碼',
  flagsFilter: '標籤（須全部符合）',
  sizeFilter: '企業規模',
  total: '共 {{count}} 家',
  add: '新增企業',
  export: '匯出 Excel',
  edit: '編輯',
  save: '儲存',
  cancel: '取消',
  saved: '已儲存',
  newTitle: '新增企業',
  editTitle: '編輯企業',
  illustrative: '示範資料',
  columns: { creditCode: '統一社會信用代碼', name: '企業名稱', organisation: '服務區', industry: '行業', size: '規模', flags: '標籤' },
  fields: {
    creditCode: '統一社會信用代碼', name: '企業名稱', formerNames: '曾用名（每行一個）', organisation: '服務區', legalForm: '企業類型', industryCode: '行業代碼（門類或大類，如 C39）',
    address: '地址', sizeClass: '企業規模', headquartersKind: '總部類型', flags: '標籤', pinyin: '拼音 / 首字母',
  },
  legalForm: {
    limited_company: '有限責任公司', joint_stock: '股份有限公司', state_owned: '全民所有制企業', collective: '集體所有制企業', partnership: '合夥企業',
    sole_proprietorship: '個人獨資企業', foreign_branch: '外國（地區）企業分支機構', branch: '分公司', individual: '個體工商戶', other: '其他',
  },
  sizeClass: { large: '大型', medium: '中型', small: '小型', micro: '微型' },
  headquartersKind: { none: '非總部', group: '集團總部', regional: '區域總部', functional: '功能性總部' },
  flag: {
    fortune500: '世界500強', china500: '中國500強', private500: '民營500強', centralSoe: '央企', foreignInvested: '外資企業',
    highTech: '高新技術企業', specialised: '專精特新', aboveScale: '規上', aboveQuota: '限上', headquarters: '總部企業',
  },
  picker: { placeholder: '搜尋企業：名稱、拼音、首字母或信用代碼', notFound: '企業庫中沒有找到' },
  policies: '可能適用的政策',
};
