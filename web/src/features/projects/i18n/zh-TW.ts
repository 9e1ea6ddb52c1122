import type { Dict } from '../../../i18n/types';
import type { projectsZhCN } from './zh-CN';

export const projectsZhTW: Dict<typeof projectsZhCN> = {
  menu: { projects: '重大項目' },
  title: '重大項目庫',
  empty: '暫無項目',
  actions: {
    create: '新建項目', edit: '編輯項目', save: '儲存', cancel: '取消', export: '匯出Excel', import: '匯入Excel', search: '查詢', reset: '重設',
    open: '檢視', fill: '填報', back: '返回項目庫', backToProject: '返回項目', saveDraft: '儲存草稿', submit: '提交審核', approve: '審核通過',
    return: '退回', close: '關閉', reports: '月度報告',
  },
  filters: { q: '名稱 / 編號 / 業主', organisation: '所屬區', planYear: '計劃年度', all: '全部' },
  columns: {
    code: '項目編號', name: '項目名稱', organisation: '所屬區', level: '級別', category: '類別', totalInvestment: '總投資（萬元）',
    annualPlan: '年度計劃（萬元）', planYear: '計劃年度', yearStatus: '年度狀態', stage: '階段', owner: '業主單位', updatedAt: '更新時間',
  },
  level: { province: '省重點', city: '市重點', district: '區重點' },
  category: {
    science_innovation: '科技設施與創新平台', social_livelihood: '社會民生', emerging_industry: '戰略性新興產業', advanced_manufacturing: '先進製造業',
    infrastructure: '基礎設施（含生態）', headquarters: '總部經濟', commerce_logistics: '商貿物流',
  },
  yearStatus: { continuing: '續建', new_start: '新開工', preparatory: '前期', completed: '竣工' },
  stage: {
    lead: '線索', negotiation: '洽談', signed: '簽約', registered: '註冊', land: '供地', started: '開工', under_construction: '在建',
    completed: '竣工', in_production: '投產', full_output: '達產',
  },
  milestone: {
    signing: '簽約', land: '供地', planning: '規劃許可', eia: '環評', construction_permit: '施工許可', start: '開工', completion: '竣工', production: '投產',
  },
  tag: { fortune_global_500: '世界500強', china_500: '中國500強', private_500: '民營500強', central_soe: '央企', headquarters: '總部', foreign: '外向型' },
  reportStatus: { not_started: '未填報', draft: '草稿', submitted: '已報送待審', returned: '已退回', approved: '已審核' },
  form: {
    newTitle: '新建重大項目',
    editTitle: '編輯項目',
    sections: { basic: '基本資訊', investment: '投資', milestones: '里程碑', responsibility: '責任落實', location: '位置與標籤' },
    organisation: '所屬區', code: '項目編號', codeHint: '留空則自動編號', name: '項目名稱', level: '項目級別', category: '項目類別', industry: '所屬行業',
    ownerName: '業主單位', ownerCreditCode: '統一社會信用代碼', totalInvestment: '總投資（萬元）', annualPlan: '年度計劃投資（萬元）', planYear: '計劃年度',
    schedule: '年度計劃進度', scheduleLinear: '按時序進度（均勻）', scheduleQuarterly: '按季度累計百分比', scheduleMonthly: '按月累計百分比',
    share: '第{{n}}期累計（%）', yearStatus: '年度狀態', stage: '項目階段', milestone: '里程碑', planned: '計劃日期', actual: '實際日期',
    contactLeader: '包聯領導', responsibleDepartment: '責任部門', taskForce: '工作專班', address: '項目地址', longitude: '經度', latitude: '緯度', tags: '項目標籤',
    thresholdHint: '市重點項目准入：總投資不低於{{threshold}}億元',
    created: '項目已建立', saved: '項目已儲存', stale: '項目已被他人修改：已重新讀取，請核對後再儲存',
  },
  project: {
    overview: '項目概況', source: '依據', documentNote: '項目名稱、所屬區、年度及引文所述情況出自文件 {{file}}；金額、日期等引文未載明的內容為合成示例資料。',
    synthetic: '合成示例資料', imported: 'Excel匯入', monthlyPlan: '年度計劃分月（萬元）', reports: '月度報告', duplicates: '可能重複錄入',
    monthLabel: '{{year}}年{{month}}月',
    milestonesTitle: '里程碑', month: '月份', none: '—',
  },
  cityList: {
    threshold: '列入市重點門檻：{{category}}項目總投資不低於{{threshold}}億元', below: '總投資未達門檻，暫不能列入市重點',
    approve: '列入市重點', confirm: '將本項目列入市重點項目？', confirmText: '項目級別改為市重點，並記入稽核日誌。', approved: '已列入市重點項目',
  },
  report: {
    title: '{{name}} · {{period}}', period: '報告期', monthInvestment: '本月完成投資（萬元）', ytdInvestment: '本年累計完成投資（萬元）',
    previousYtd: '上月累計（萬元）', ytdHint: '應為上月累計加本月完成：{{expected}}', progressText: '形象進度', problems: '存在問題', nextSteps: '下步計劃',
    inStatistics: '已入庫納統', timeProgress: '時序進度', completion: '完成率', gap: '與時序進度相差', plannedYtd: '計劃累計（萬元）', annualPlan: '年度計劃（萬元）',
    points: '{{value}}個百分點', saved: '草稿已儲存', submitted: '已提交，等待市級審核', approvedMessage: '已審核通過', returnedMessage: '已退回',
    returnReason: '退回原因', reasonRequired: '請填寫退回原因', confirmSubmit: '提交本月月報？', confirmSubmitText: '提交後由市級審核，審核前不能修改。',
    confirmApprove: '審核通過本月月報？', history: '辦理記錄', stale: '月報已被他人修改：已重新讀取，請核對後再儲存', readOnly: '本月月報不可編輯',
    events: { save: '儲存', submit: '提交審核', return: '退回', approve: '審核通過', import: 'Excel匯入' },
  },
  import: {
    title: '匯入項目庫和月報', period: '報告期', template: '下載範本（目前項目庫）', drop: '點擊或拖入已填寫的 Excel 檔案',
    hint: '一列一個項目：有項目編號的更新該項目，沒有的按名稱比對或新建；填寫了本月完成投資的同時儲存該月月報（草稿）。',
    checking: '正在檢查檔案…', ok: '檢查通過：新建 {{creates}} 個項目，修改 {{updates}} 個，儲存月報 {{reports}} 份', blocking: '檔案存在問題，不能匯入',
    problemCount: '共 {{count}} 個問題', alreadyImported: '該檔案此前已匯入過', notices: '提示', commit: '確認匯入', again: '重新上傳',
    committed: '已匯入：新建 {{created}} 個項目，修改 {{updated}} 個，月報 {{reports}} 份',
    columns: { sheet: '工作表', row: '列', column: '欄', message: '問題' },
  },
};
