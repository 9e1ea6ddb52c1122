import type { Dict } from '../../../i18n/types';
import type { investmentZhCN } from './zh-CN';

/** The investment feature's texts in Traditional Chinese. */
export const investmentZhTW: Dict<typeof investmentZhCN> = {
  menu: { leads: '招商線索', analysis: '招商分析' },
  title: '招商線索',
  analysisTitle: '招商分析',
  empty: '暫無招商線索',
  newLead: '登記線索',
  stage: { lead: '線索', negotiation: '洽談', signed: '簽約', registered: '註冊', started: '開工', producing: '投產' },
  source: { door_knocking: '叩門招商', via_investors: '以商招商', building: '樓宇招商', capital: '資本招商', expo: '會展招商', other: '其他' },
  contactKind: { create: '登記', visit: '走訪', meeting: '洽談會', call: '電話', note: '備註', stage: '階段推進' },
  contractKind: { domestic: '內資', foreign: '外資' },
  currency: { yi_yuan: '億元', wan_usd: '萬美元' },
  fund: { funds_in_place: '實際到位資金', industrial_funds: '產業到資', foreign_capital: '實際利用外資', fdi: '外商直接投資' },
  activityKind: { trip: '外出招商', conference: '推介會', signing_conference: '簽約大會' },
  category: {
    science_innovation: '科技創新', social_livelihood: '社會民生', emerging_industry: '戰略性新興產業', advanced_manufacturing: '先進製造業',
    infrastructure: '基礎設施', headquarters: '總部經濟', commerce_logistics: '商貿物流',
  },
  columns: {
    district: '區', projectName: '項目名稱', investorName: '投資方', creditCode: '統一社會信用代碼', source: '來源', industry: '行業',
    intended: '意向投資（億元）', stage: '階段', contact: '聯絡人', phone: '聯絡電話', owner: '責任人', nextStep: '下一步', nextStepOn: '下一步日期',
    lastActivity: '最近跟進', activity: '招商活動',
  },
  filter: { stage: '階段', stale: '只看停滯線索', search: '項目或投資方名稱' },
  stale: '停滯 {{days}} 天',
  staleHint: '超過 {{days}} 天無走訪、洽談或推進的線索標為停滯',
  duplicate: '多區同追',
  duplicateNotice: '{{district}}也在跟進同一{{match}}，請協調避免重複招商',
  match: { enterprise: '企業', name: '項目' },
  actions: { move: '推進到「{{stage}}」', log: '記錄走訪', sign: '登記簽約合同', showPhone: '查看完整號碼', toProject: '轉為重大項目', funds: '填報到位資金', save: '儲存', cancel: '取消' },
  detail: { kind: '方式', history: '跟進記錄', contracts: '簽約合同', facts: '線索資訊', text: '內容', on: '日期', nextStep: '下一步', milestones: '履約節點', terms: '主要條款', inPlace: '累計到位', project: '重大項目' },
  contract: { kind: '資金性質', currency: '幣種', amount: '合同金額', signedOn: '簽約日期', month: '月份', fundKind: '資金類別', category: '項目類別', milestoneName: '節點', milestoneDue: '計劃完成' },
  done: '已儲存',
  stale409: '記錄已被他人修改，已重新讀取',
  projectCreated: '已生成重大項目 {{code}}',
  projectLinked: '已關聯重大項目 {{code}}',
  tabs: { funnel: '招商漏斗', districts: '各區排名', reconciliation: '到位資金對賬', activities: '招商活動', settings: '設定' },
  funnel: { stage: '階段', current: '當前', reached: '累計到達', conversion: '轉化率', intended: '意向投資', averageDays: '平均停留（天）', total: '線索總數', signedShare: '簽約轉化率' },
  districts: {
    month: '月份', signed: '簽約項目', started: '已開工', fulfilment: '履約率', contracted: '合同金額', inPlace: '到位資金', inPlaceRate: '到位率',
    ytd: '實際到位資金（年累計）', target: '目標', completion: '完成率', timeProgress: '時間進度', gap: '與時間進度差', rank: '排名',
  },
  reconciliation: { kind: '資金類別', fromContracts: '合同填報累計', reported: '指標報送數', difference: '差額', none: '未審核' },
  activities: { new: '登記活動', name: '活動名稱', heldOn: '日期', place: '地點', kind: '類型', leads: '產生線索', contracts: '簽約項目', signed: '簽約金額' },
  settings: { staleDays: '停滯天數', hint: '線索超過該天數無跟進即標為停滯（7–365 天）' },
};
