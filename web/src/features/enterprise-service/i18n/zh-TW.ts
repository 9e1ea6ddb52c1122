import type { Dict } from '../../../i18n/types';
import type { enterpriseServiceZhCN } from './zh-CN';

export const enterpriseServiceZhTW: Dict<typeof enterpriseServiceZhCN> = {
  menu: { problems: '企業訴求', board: '包保與培育' },
  title: '企業訴求',
  raise: '提出訴求',
  empty: '暫無訴求',
  filter: { open: '辦理中', overdue: '已超期（督辦）', all: '全部' },
  counts: '今年以來收集問題{{collected}}個，解決{{solved}}個；在辦{{open}}個，超期{{overdue}}個',
  status: { submitted: '待簽收', acknowledged: '辦理中', answered: '已答覆待確認', closed: '已辦結' },
  category: { land: '用地', finance: '融資', labour: '用工', approval: '審批', utilities: '水電氣', policy: '政策兌現', other: '其他' },
  via: { liaison: '聯絡專員走訪', district: '區級受理', enterprise: '企業自報' },
  demo: { document: '演示資料：摘自 {{file}}（下引原句）；句中只寫明件數，標題、企業與日期為演示', synthetic: '演示資料（虛構）' },
  countdown: { left: '剩餘 {{count}} 個工作日', today: '今天到期', overdue: '超期 {{count}} 個工作日', none: '—' },
  columns: {
    enterprise: '企業', title: '訴求', category: '類別', department: '承辦部門', district: '所在區', status: '狀態', raisedOn: '提出日期', deadline: '辦理時限',
  },
  detail: {
    acknowledgeDue: '簽收時限', answerDue: '答覆時限', raisedBy: '提出人', raisedVia: '來源', description: '訴求內容', answer: '部門答覆',
    satisfaction: '滿意度', supervision: '督辦次數', reopen: '重新辦理次數', history: '辦理過程', closedByCity: '市級辦結', age: '已歷時 {{count}} 天',
  },
  action: {
    acknowledge: '簽收', answer: '答覆', confirm: '企業確認辦結', reopen: '企業不滿意，重新辦理', supervise: '督辦', close: '市級辦結',
    send: '提交', done: '已辦理', stale: '該訴求剛被他人處理，已重新整理', answerText: '答覆內容', text: '說明', satisfaction: '企業滿意度（1–5 分）',
  },
  events: { raise: '提出', acknowledge: '簽收', answer: '答覆', confirm: '企業確認辦結', reopen: '重新辦理', supervise: '督辦', close: '市級辦結' },
  form: {
    creditCode: '統一社會信用代碼', find: '查找', notFound: '沒有找到可辦理的企業', enterprise: '企業', title: '訴求標題', description: '訴求內容',
    enterpriseHint: '輸入企業名稱、拼音、首字母或統一社會信用代碼，從本轄區企業庫中選擇',
    category: '類別', department: '承辦部門', required: '請填寫{{field}}', submit: '提交訴求', answerDays: '答覆時限：{{count}} 個工作日',
  },
  board: {
    liaisons: '一企一專人', cultivation: '進規進限培育', gapDays: '未走訪天數超過', unvisited: '只看未按期走訪', liaison: '聯絡專員', lastVisit: '最近走訪',
    never: '從未走訪', daysAgo: '{{count}} 天前', visits: '走訪次數', openProblems: '在辦訴求', needsVisit: '待走訪', setLiaison: '設定聯絡專員', addKey: '新增重點企業聯絡專員',
    recordVisit: '登記走訪', visitedOn: '走訪日期', summary: '走訪情況', problems: '走訪中企業提出的訴求', addProblem: '新增訴求', summaryTotal: '共 {{total}} 家重點企業，{{unvisited}} 家超過 {{gapDays}} 天未走訪',
  },
  cultivation: {
    thresholds: '入庫標準（年主營業務收入）', source: '依據', candidates: '培育企業', targets: '培育目標', kind: '類型', revenue: '營業收入（萬元）',
    revenueMonth: '收入截至', threshold: '標準（萬元）', gap: '差距（萬元）', share: '達標程度', mayEnter: '可入庫月份', expected: '預計入庫', entered: '已入庫',
    enter: '入庫', enteredMonth: '入庫月份', addCandidate: '登記培育企業', setTarget: '下達培育目標', target: '目標（家）', completed: '已完成', completion: '完成率',
    timeProgress: '時序進度', period: '期間', group: '類別', district: '區', year: '年度',
    kinds: { industry: '規上工業', wholesale: '限上批發', retail: '限上零售', accommodation: '限上住宿', catering: '限上餐飲' },
    groups: { above_scale: '進規', above_quota: '進限' },
    periods: { q1: '一季度', q2: '二季度', q3: '三季度', q4: '四季度', year: '全年' },
    statuses: { ahead: '超時序進度', level: '達時序進度', behind: '低於時序進度' },
  },
};
