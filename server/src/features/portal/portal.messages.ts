/** The portal feature's API messages, in the three languages (codes unique across features). */
export const PORTAL_MESSAGES = {
  PORTAL_NOT_FOUND: {
    'zh-CN': '没有找到这条门户网站记录',
    'zh-TW': '沒有找到這條門戶網站記錄',
    en: 'No such Public portal record',
  },
} as const;
