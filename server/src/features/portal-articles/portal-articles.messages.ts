/** The portal-articles feature's API messages, in the three languages (codes unique across features). */
export const PORTAL_ARTICLES_MESSAGES = {
  PORTAL_ARTICLES_NOT_FOUND: {
    'zh-CN': '没有找到这条门户文章记录',
    'zh-TW': '沒有找到這條門戶文章記錄',
    en: 'No such Portal articles record',
  },
} as const;
