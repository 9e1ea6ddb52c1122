/** The portal feature's API messages, in the three languages (codes unique across features). */
export const PORTAL_MESSAGES = {
  PORTAL_OPPORTUNITY_NOT_FOUND: {
    'zh-CN': '没有找到这个投资机会',
    'zh-TW': '沒有找到這個投資機會',
    en: 'No such opportunity',
  },
  PORTAL_OPPORTUNITY_PROJECT_UNKNOWN: {
    'zh-CN': '没有找到所选的重大项目',
    'zh-TW': '沒有找到所選的重大項目',
    en: 'The chosen major project does not exist',
  },
  PORTAL_OPPORTUNITY_DISTRICT_UNKNOWN: {
    'zh-CN': '请选择一个区或功能区',
    'zh-TW': '請選擇一個區或功能區',
    en: 'Choose a district or a functional zone',
  },
  PORTAL_OPPORTUNITY_ALREADY_PUBLISHED: {
    'zh-CN': '这个投资机会已经发布',
    'zh-TW': '這個投資機會已經發佈',
    en: 'This opportunity is already published',
  },
  PORTAL_OPPORTUNITY_NOT_PUBLISHED: {
    'zh-CN': '只有已发布的投资机会可以撤下',
    'zh-TW': '只有已發佈的投資機會可以撤下',
    en: 'Only a published opportunity can be withdrawn',
  },
} as const;
