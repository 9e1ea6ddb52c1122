/** The policies feature's API messages, in the three languages (codes unique across features). */
export const POLICIES_MESSAGES = {
  POLICY_VALIDITY_ORDER: {
    'zh-CN': '有效期截止日（{validTo}）早于起始日（{validFrom}）',
    'zh-TW': '有效期截止日（{validTo}）早於起始日（{validFrom}）',
    en: 'The end of validity ({validTo}) is before its start ({validFrom})',
  },
  POLICY_DISTRICT_INVALID: {
    'zh-CN': '适用区域须为本市的区或功能区',
    'zh-TW': '適用區域須為本市的區或功能區',
    en: 'A district condition must name districts or zones of the city',
  },
  POLICY_WITHDRAWN: {
    'zh-CN': '该政策已撤下，不能再修改',
    'zh-TW': '該政策已撤下，不能再修改',
    en: 'The policy has been withdrawn and can no longer be changed',
  },
} as const;
