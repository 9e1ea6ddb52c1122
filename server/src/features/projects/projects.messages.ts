/** The projects feature's API messages, in the three languages (codes unique across features). */
export const PROJECTS_MESSAGES = {
  PROJECTS_NOT_FOUND: {
    'zh-CN': '没有找到这条重大项目记录',
    'zh-TW': '沒有找到這條重大項目記錄',
    en: 'No such Major projects record',
  },
} as const;
