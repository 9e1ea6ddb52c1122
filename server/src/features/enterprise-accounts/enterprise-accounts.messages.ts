/** The enterprise-accounts feature's API messages, in the three languages (codes unique across features). */
export const ENTERPRISE_ACCOUNTS_MESSAGES = {
  ENTERPRISE_ACCOUNTS_NOT_FOUND: {
    'zh-CN': '没有找到这条企业账户记录',
    'zh-TW': '沒有找到這條企業帳戶記錄',
    en: 'No such Enterprise accounts record',
  },
} as const;
