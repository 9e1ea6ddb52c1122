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
  ENTERPRISE_IMPORT_NO_HEADER: {
    'zh-CN': '没有找到企业表的表头：请使用导出的企业库模板（须有“统一社会信用代码”列）',
    'zh-TW': '沒有找到企業表的表頭：請使用匯出的企業庫範本（須有「統一社會信用代碼」欄）',
    en: 'No enterprise sheet header was found: use the exported registry template (with a "Credit code" column)',
  },
  ENTERPRISE_IMPORT_EMPTY: {
    'zh-CN': '文件中没有企业行',
    'zh-TW': '檔案中沒有企業行',
    en: 'The file has no enterprise rows',
  },
  ENTERPRISE_IMPORT_REQUIRED: {
    'zh-CN': '“{column}”不能为空',
    'zh-TW': '「{column}」不能為空',
    en: '"{column}" cannot be empty',
  },
  ENTERPRISE_IMPORT_UNKNOWN_VALUE: {
    'zh-CN': '“{column}”的值“{value}”无法识别',
    'zh-TW': '「{column}」的值「{value}」無法識別',
    en: 'The value "{value}" of "{column}" is not recognised',
  },
  ENTERPRISE_IMPORT_INVALID_VALUE: {
    'zh-CN': '“{column}”的值不符合要求（长度或格式）',
    'zh-TW': '「{column}」的值不符合要求（長度或格式）',
    en: 'The value of "{column}" is not valid (length or format)',
  },
  ENTERPRISE_IMPORT_DUPLICATE_ROW: {
    'zh-CN': '统一社会信用代码{code}在文件中出现了两次（第一次在 {first}）',
    'zh-TW': '統一社會信用代碼{code}在檔案中出現了兩次（第一次在 {first}）',
    en: 'The credit code {code} appears twice in the file (first at {first})',
  },
  ENTERPRISE_IMPORT_ORGANISATION: {
    'zh-CN': '服务区“{value}”不是本辖区内的区或功能区',
    'zh-TW': '服務區「{value}」不是本轄區內的區或功能區',
    en: '"{value}" is not a district or zone within your scope',
  },
  ENTERPRISE_IMPORT_STALE: {
    'zh-CN': '检查之后企业库已有变动，请重新上传文件检查',
    'zh-TW': '檢查之後企業庫已有變動，請重新上傳檔案檢查',
    en: 'The registry changed since the check; upload the file again to check it',
  },
} as const;
