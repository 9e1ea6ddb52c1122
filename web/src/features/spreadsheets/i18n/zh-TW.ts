import type { Dict } from '../../../i18n/types';
import type { spreadsheetsZhCN } from './zh-CN';

export const spreadsheetsZhTW: Dict<typeof spreadsheetsZhCN> = {
  import: {
    title: '匯入Excel',
    drop: '點擊或拖入填好的範本（.xlsx）',
    hint: '先試匯入並檢查，確認無誤後再寫入；同一檔案重複匯入不會改變資料',
    checking: '正在檢查檔案…',
    blocking: '檔案存在問題，不能匯入。請按下表修改後重新上傳',
    ready: '檢查通過，匯入將更新 {{changes}} 項指標',
    alreadyImported: '該檔案此前已匯入過，再次匯入不會改變資料',
    file: '檔案',
    rowsParsed: '識別行數',
    changes: '將更新',
    problemsTitle: '檔案問題（共 {{count}} 處）',
    moreProblems: '僅顯示前 {{shown}} 處，共 {{count}} 處',
    findingsTitle: '資料檢查',
    sheet: '工作表',
    row: '列',
    column: '欄',
    message: '問題',
    again: '重新上傳',
    commit: '確認匯入',
    committed: '已匯入，更新 {{changed}} 項指標',
    committedNoChange: '已匯入，資料沒有變化',
  },
  actions: {
    close: '關閉',
  },
};
