/** The reports feature's API messages, in the three languages (codes unique across features). */
export const REPORTS_MESSAGES = {
  REPORT_SCOPE_INVALID: {
    'zh-CN': '报告只能为全市或一个区（功能区）生成',
    'zh-TW': '報告只能為全市或一個區（功能區）生成',
    en: 'A report is generated for the city or for one district or zone',
  },
  REPORT_SNAPSHOT_MISSING: {
    'zh-CN': '{period}的数据尚未发布（{month}没有已发布的月度通报），请先发布后再生成报告',
    'zh-TW': '{period}的數據尚未發布（{month}沒有已發布的月度通報），請先發布後再生成報告',
    en: 'The data of {period} is not published yet (no published bulletin for {month}); publish it before generating the report',
  },
  REPORT_UNAPPROVED: {
    'zh-CN': '{month}还有{count}个单位的数据未审核通过（{names}），不能生成正式报告；如需先行印发，请勾选“初步”生成',
    'zh-TW': '{month}還有{count}個單位的數據未審核通過（{names}），不能生成正式報告；如需先行印發，請勾選「初步」生成',
    en: '{count} units have data for {month} that is not approved ({names}); generate the report as provisional to issue it now',
  },
  REPORT_PROVISIONAL_FORBIDDEN: {
    'zh-CN': '只有市级审核人员可以决定以初步数据生成报告',
    'zh-TW': '只有市級審核人員可以決定以初步數據生成報告',
    en: 'Only the city\'s reviewer may generate a report on provisional data',
  },
  REPORT_TEMPLATE_NOT_FOUND: {
    'zh-CN': '没有找到这个报告模板',
    'zh-TW': '沒有找到這個報告範本',
    en: 'No such report template',
  },
} as const;
