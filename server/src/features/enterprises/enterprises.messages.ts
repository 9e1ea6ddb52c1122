/** The enterprises feature's API messages, in the three languages (codes unique across features). */
export const ENTERPRISES_MESSAGES = {
  ENTERPRISE_CREDIT_CODE_INVALID: {
    'zh-CN': '统一社会信用代码“{value}”不正确（18位，末位为校验码）',
    'zh-TW': '統一社會信用代碼「{value}」不正確（18位，末位為校驗碼）',
    en: 'The unified social credit code "{value}" is not valid (18 characters, the last a check character)',
  },
  ENTERPRISE_EXISTS: {
    'zh-CN': '统一社会信用代码{code}已在企业库中：{name}（{organisation}服务），请打开该记录修改',
    'zh-TW': '統一社會信用代碼{code}已在企業庫中：{name}（{organisation}服務），請打開該記錄修改',
    en: 'The credit code {code} is already in the registry: {name} (served by {organisation}); open that record to change it',
  },
  ENTERPRISE_EXISTS_ELSEWHERE: {
    'zh-CN': '统一社会信用代码{code}已在企业库中，由{organisation}服务；如需变更服务区，请与{organisation}或市发改委联系',
    'zh-TW': '統一社會信用代碼{code}已在企業庫中，由{organisation}服務；如需變更服務區，請與{organisation}或市發改委聯繫',
    en: 'The credit code {code} is already in the registry, served by {organisation}; to change who serves it, contact {organisation} or the city',
  },
  ENTERPRISE_ORGANISATION_INVALID: {
    'zh-CN': '服务单位须为本辖区内的区或功能区',
    'zh-TW': '服務單位須為本轄區內的區或功能區',
    en: 'The serving organisation must be a district or zone within your own scope',
  },
  ENTERPRISE_IMPORT_REFUSED: {
    'zh-CN': '{count}行未通过检查，未导入任何企业',
    'zh-TW': '{count}行未通過檢查，未匯入任何企業',
    en: '{count} rows did not pass the checks; no enterprise was imported',
  },
} as const;
