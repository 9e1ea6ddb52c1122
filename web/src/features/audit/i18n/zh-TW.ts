import type { Dict } from '../../../i18n/types';
import type { auditZhCN } from './zh-CN';

export const auditZhTW: Dict<typeof auditZhCN> = {
  keep: {
    download: '保存鏈頭',
    downloaded: '已下載鏈頭檔案，請保存在資料庫以外的地方（如稽核人員自己的電腦或存檔）',
    empty: '稽核日誌為空，暫無鏈頭可保存',
    verify: '以保存的鏈頭校驗',
    title: '以保存的鏈頭校驗稽核鏈',
    hint: '上傳或貼上之前下載的鏈頭檔案（亦可為備份旁的 .head.json、「編號:雜湊」或伺服器的檢查點日誌）。若最新的記錄遭刪除，稽核鏈雖仍能銜接，但到不了保存的鏈頭。',
    upload: '選擇檔案',
    placeholder: '{"id": 1234, "hash": "…", "count": 1234, "at": "…"}',
    invalid: '沒有讀到鏈頭：需要包含編號（id）與雜湊（hash）',
    close: '關閉',
    run: '校驗',
    reached: '稽核鏈完整，且仍到達保存的鏈頭（記錄 {{id}}）：共校驗 {{checked}} 筆。',
  },
  checkpoint: '已與伺服器檢查點日誌中的 {{count}} 個鏈頭比對，最遠到記錄 {{id}}（{{at}}）。',
  noCheckpoint: '伺服器尚未寫入檢查點日誌，請另行保存鏈頭。',
  role: {
    title: '資料庫帳號可以改動稽核記錄',
    description: '應用連線資料庫所用的帳號「{{role}}」權限過大（{{findings}}）：可以關閉僅追加觸發器後修改或刪除稽核記錄。請設定 HONGTU_MIGRATION_DATABASE_URL，由擁有者帳號執行遷移，應用帳號只能讀取與追加稽核記錄（hongtu db grants）。',
  },
  words: {
    description: '操作內容',
    object: '對象',
    history: '檢視該對象的全部記錄',
    only: '只看：{{type}} {{label}}',
    clear: '顯示全部',
    actionCode: '操作代碼',
    entityId: '對象編號',
  },
};
