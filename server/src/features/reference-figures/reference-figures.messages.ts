/** The reference-figures feature's API messages, in the three languages (codes unique across features). */
export const REFERENCE_FIGURES_MESSAGES = {
  REFERENCE_FIGURE_SOURCE_NOT_FOUND: {
    'zh-CN': '未找到该文件数据',
    'zh-TW': '未找到該文件數據',
    en: 'The document figure was not found',
  },
  REFERENCE_FIGURE_REJECTED: {
    'zh-CN': '该数据已被驳回，不能采纳为参考数据',
    'zh-TW': '該數據已被駁回，不能採納為參考數據',
    en: 'The figure was rejected and cannot be accepted as a reference figure',
  },
  REFERENCE_FIGURE_ALREADY_ACCEPTED: {
    'zh-CN': '该数据已被采纳为参考数据',
    'zh-TW': '該數據已被採納為參考數據',
    en: 'The figure has already been accepted as a reference figure',
  },
  REFERENCE_FIGURE_NO_DISTRICT: {
    'zh-CN': '请选择该数据所属的区或功能区',
    'zh-TW': '請選擇該數據所屬的區或功能區',
    en: 'Choose the district or zone the figure belongs to',
  },
  REFERENCE_FIGURE_NO_INDICATOR: {
    'zh-CN': '请选择该数据对应的指标',
    'zh-TW': '請選擇該數據對應的指標',
    en: 'Choose the indicator the figure is about',
  },
  REFERENCE_FIGURE_NO_PERIOD: {
    'zh-CN': '请选择该数据所属的月份（文件中的时期为 {period}）',
    'zh-TW': '請選擇該數據所屬的月份（文件中的時期為 {period}）',
    en: 'Choose the month the figure belongs to (the document says {period})',
  },
  REFERENCE_FIGURE_NO_VALUE: {
    'zh-CN': '参考数据须有数值或增速',
    'zh-TW': '參考數據須有數值或增速',
    en: 'A reference figure needs a value or a growth rate',
  },
  REFERENCE_FIGURE_UNIT_MISMATCH: {
    'zh-CN': '单位“{unit}”不能换算为该指标的单位（{indicatorUnit}）',
    'zh-TW': '單位「{unit}」不能換算為該指標的單位（{indicatorUnit}）',
    en: 'The unit "{unit}" cannot be converted into the indicator\'s unit ({indicatorUnit})',
  },
  REFERENCE_FIGURE_NOT_DUE: {
    'zh-CN': '{indicator}在 {period} 不报送，请选择该指标的报送月份',
    'zh-TW': '{indicator}在 {period} 不報送，請選擇該指標的報送月份',
    en: '{indicator} is not reported for {period}: choose a month it is reported in',
  },
  REFERENCE_FIGURE_NOT_ACTUAL: {
    'zh-CN': '目标、计划或预计数不能作为参考数据与报送值核对；如原文为实际数，请先更正类型',
    'zh-TW': '目標、計劃或預計數不能作為參考數據與報送值核對；如原文為實際數，請先更正類型',
    en: 'A target, plan or forecast cannot be checked against a submission; if the document states an actual figure, correct its kind first',
  },
} as const;
