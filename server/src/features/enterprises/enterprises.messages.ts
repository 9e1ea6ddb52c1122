/** The enterprises feature's API messages, in the three languages (codes unique across features). */
export const ENTERPRISES_MESSAGES = {
  ENTERPRISES_NOT_FOUND: {
    'zh-CN': '没有找到这条企业库记录',
    'zh-TW': '沒有找到這條企業庫記錄',
    en: 'No such Enterprises record',
  },
} as const;
