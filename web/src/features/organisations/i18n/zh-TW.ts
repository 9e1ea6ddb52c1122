import type { Dict } from '../../../i18n/types';
import type { organisationsZhCN } from './zh-CN';

export const organisationsZhTW: Dict<typeof organisationsZhCN> = {
  grants: {
    title: '檢視授權',
    intro: '部門下沒有區，其人員預設看不到任何區的資料。授權後，該部門人員可以檢視所選組織及其下級的儀表板、排名和報送資料，但不能修改任何資料。',
    empty: '尚未授權：該部門人員看不到任何區的資料',
    add: '新增授權',
    addTitle: '授權「{{name}}」檢視',
    organisation: '可檢視的組織',
    organisationHint: '可選本部門上級組織範圍內的組織，例如本市或其中的區',
    createdBy: '授權人',
    createdAt: '授權時間',
    remove: '收回',
    confirmRemove: '收回後該部門人員將看不到這些資料。確定收回？',
    added: '已授權',
    removed: '已收回授權',
  },
};
