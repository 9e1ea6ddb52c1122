import type { Dict } from '../../../i18n/types';
import type { projectProblemsZhCN } from './zh-CN';

export const projectProblemsZhTW: Dict<typeof projectProblemsZhCN> = {
  menu: { projectProblems: '項目問題', dispatch: '問題調度' },
  title: '項目問題',
  empty: '暫無問題',
  raise: '提出問題',
  newTitle: '提出項目問題',
  columns: { project: '項目', district: '區', department: '責任部門', title: '問題', status: '狀態', dueOn: '辦理期限', age: '已歷時', category: '類別' },
  days: '{{count}}天',
  workingDays: '{{count}}個工作日',
  overdue: '督辦：超期{{count}}個工作日',
  supervised: '已督辦{{count}}次',
  calendarUnknown: '該年度法定節假日安排尚未公佈，期限只扣除了週末',
  status: { assigned: '辦理中', answered: '已答覆', declined: '部門退回', closed: '已辦結' },
  category: { land: '土地', approval: '審批手續', funds: '資金', utilities: '水電氣配套', labour: '用工', demolition: '徵收拆遷', planning: '規劃', environment: '環評能評', other: '其他' },
  filter: { open: '未辦結', all: '全部', overdue: '已超期' },
  form: {
    project: '項目', category: '問題類別', title: '問題', description: '情況說明', department: '交辦部門',
    deadlineDays: '辦理期限（工作日）', deadlineHelp: '按國家法定節假日和調休安排計算工作日',
    photos: '現場照片', takePhoto: '拍照或選擇照片', submit: '提交', required: '請填寫{{field}}',
  },
  detail: {
    raisedBy: '提出人', raisedOn: '提出日期', description: '情況說明', answer: '部門答覆', history: '辦理過程', closeTime: '辦結用時',
    attachments: '附件', noAttachments: '暫無附件', taken: '拍攝於{{time}}', place: '位置 {{lat}}, {{lon}}',
  },
  action: {
    answer: '答覆', decline: '非本部門職責，退回', close: '辦結', reopen: '答覆不滿意，退回', assign: '交辦', supervise: '督辦',
    text: '說明', answerText: '答覆內容', send: '確定', done: '已處理', stale: '該問題已被他人處理，已重新整理', department: '交辦部門', days: '期限（工作日）',
  },
  events: { raise: '提出', answer: '答覆', decline: '退回', close: '辦結', reopen: '退回答覆', assign: '交辦', supervise: '督辦' },
  dispatch: {
    title: '問題調度清單', export: '匯出調度清單', byDistrict: '按區', byDepartment: '按部門', open: '未辦結', overdue: '超期', oldest: '最久（天）',
    today: '截至{{date}}',
  },
  upload: { add: '上傳照片或檔案', camera: '拍照', failed: '上傳失敗：{{message}}', remove: '刪除', confirmRemove: '刪除該附件？', removed: '附件已刪除', removeFailed: '刪除失敗：{{message}}' },
};
