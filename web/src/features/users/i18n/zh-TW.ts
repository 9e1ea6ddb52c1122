import type { Dict } from '../../../i18n/types';
import type { usersZhCN } from './zh-CN';

export const usersZhTW: Dict<typeof usersZhCN> = {
  fields: {
    position: '職務',
    phone: '電話',
  },
  phone: {
    hint: '手機號或帶區號的市話號碼；列表中只顯示部分數字',
    invalid: '電話號碼格式不正確：手機號 11 位，市話請帶區號（如 027-85761234）',
    show: '顯示',
    showTitle: '顯示完整號碼（記入稽核日誌）',
    none: '未填寫',
  },
  organisation: {
    forOperator: '區級填報員只能屬於區或功能區',
  },
  password: {
    isUsername: '密碼不能與使用者名稱相同',
    containsUsername: '密碼不能包含使用者名稱',
    initialHint: '使用者首次登入時須修改為自己的密碼',
    resetHint: '使用者下次登入時須修改為自己的密碼',
  },
  mustChangePassword: '待改初始密碼',
  mustChangePasswordTitle: '該使用者下次登入時須先設定自己的密碼',
};
