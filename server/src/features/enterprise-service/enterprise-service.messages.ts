/** The enterprise-service feature's API messages, in the three languages (codes unique across features). */
export const ENTERPRISE_SERVICE_MESSAGES = {
  ENTERPRISE_PROBLEM_STATE: {
    'zh-CN': '该诉求当前为“{status}”，不能{action}',
    'zh-TW': '該訴求目前為「{status}」，不能{action}',
    en: 'The problem is "{status}": it cannot be {action} now',
  },
  ENTERPRISE_PROBLEM_NOT_OVERDUE: {
    'zh-CN': '该诉求尚未超过办理期限（{dueOn}），不能督办',
    'zh-TW': '該訴求尚未超過辦理期限（{dueOn}），不能督辦',
    en: 'The problem is not past its deadline ({dueOn}): it cannot be supervised yet',
  },
  ENTERPRISE_PROBLEM_DEPARTMENT: {
    'zh-CN': '请选择本市的一个职能部门来办理该诉求',
    'zh-TW': '請選擇本市的一個職能部門來辦理該訴求',
    en: 'Choose a department of the enterprise\'s city to handle the problem',
  },
  ENTERPRISE_SATISFACTION_RANGE: {
    'zh-CN': '满意度须为 1 至 5 分的整数',
    'zh-TW': '滿意度須為 1 至 5 分的整數',
    en: 'Satisfaction is a whole score from 1 to 5',
  },
  ENTERPRISE_LIAISON_USER: {
    'zh-CN': '联络专员须为企业所在区的在岗用户',
    'zh-TW': '聯絡專員須為企業所在區的在職使用者',
    en: 'The liaison must be an active user of the enterprise\'s district',
  },
  ENTERPRISE_VISIT_DATE: {
    'zh-CN': '走访日期不能晚于今天（{today}）',
    'zh-TW': '走訪日期不能晚於今天（{today}）',
    en: 'The visit cannot be later than today ({today})',
  },
  CULTIVATION_NOT_REACHED: {
    'zh-CN': '该企业营业收入 {revenue} 万元，尚未达到入库标准 {threshold} 万元',
    'zh-TW': '該企業營業收入 {revenue} 萬元，尚未達到入庫標準 {threshold} 萬元',
    en: 'The enterprise\'s revenue of {revenue} (10k yuan) has not reached the threshold of {threshold}',
  },
  CULTIVATION_ENTER_MONTH: {
    'zh-CN': '入库月份不能早于 {month}',
    'zh-TW': '入庫月份不能早於 {month}',
    en: 'The enterprise cannot enter before {month}',
  },
  CULTIVATION_TARGET_ORGANISATION: {
    'zh-CN': '培育目标只能下达给区或功能区',
    'zh-TW': '培育目標只能下達給區或功能區',
    en: 'A cultivation target is set for a district or a functional zone',
  },
} as const;
