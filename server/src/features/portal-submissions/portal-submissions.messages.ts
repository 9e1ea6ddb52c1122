/** The portal-submissions feature's API messages, in the three languages (codes unique across features). */
export const PORTAL_SUBMISSIONS_MESSAGES = {
  PORTAL_SUBMISSIONS_NOT_FOUND: {
    'zh-CN': '没有找到这条门户来信记录',
    'zh-TW': '沒有找到這條門戶來信記錄',
    en: 'No such Portal submissions record',
  },
} as const;
