/** The reports feature's API messages, in the three languages (codes unique across features). */
export const REPORTS_MESSAGES = {
  REPORTS_NOT_FOUND: {
    'zh-CN': '没有找到这条报告记录',
    'zh-TW': '沒有找到這條報告記錄',
    en: 'No such Reports record',
  },
} as const;
