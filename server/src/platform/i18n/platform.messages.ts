import type { MessageCatalogue } from './catalogue';

/** Requests, validation, sessions and permissions, conflicts: messages of the platform itself. */
export const PLATFORM_MESSAGES = {
  CONFLICT: {
    'zh-CN': '数据刚被他人同时修改，请刷新后重试',
    'zh-TW': '資料剛被他人同時修改，請重新整理後重試',
    en: 'Someone else changed this at the same moment; please reload and try again',
  },
  VALIDATION_FAILED: {
    'zh-CN': '提交的数据不符合要求，请检查后重试',
    'zh-TW': '提交的資料不符合要求，請檢查後重試',
    en: 'The submitted data is not valid; please check it and try again',
  },
  INVALID_JSON: {
    'zh-CN': '请求内容不是有效的 JSON',
    'zh-TW': '請求內容不是有效的 JSON',
    en: 'The request body is not valid JSON',
  },
  VALIDATION_UNKNOWN_FIELDS: {
    'zh-CN': '包含不允许的字段：{keys}',
    'zh-TW': '包含不允許的欄位：{keys}',
    en: 'Fields not allowed: {keys}',
  },
  VALIDATION_CODE_CHARSET: {
    'zh-CN': '编码只能包含字母、数字、下划线和连字符',
    'zh-TW': '編碼只能包含字母、數字、底線和連字號',
    en: 'Codes may contain only letters, digits, underscores and hyphens',
  },
  VALIDATION_USERNAME_CHARSET: {
    'zh-CN': '用户名须以字母开头，只能包含字母、数字、点、下划线和连字符',
    'zh-TW': '使用者名稱須以字母開頭，只能包含字母、數字、點、底線和連字號',
    en: 'User names start with a letter and contain only letters, digits, dots, underscores and hyphens',
  },
  VALIDATION_DUPLICATE: {
    'zh-CN': '同一项不能重复出现：{value}',
    'zh-TW': '同一項不能重複出現：{value}',
    en: 'Listed twice: {value}',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    'zh-CN': '不支持的请求内容类型',
    'zh-TW': '不支援的請求內容類型',
    en: 'Unsupported content type',
  },
  PAYLOAD_TOO_LARGE: {
    'zh-CN': '请求内容超过大小上限（{limit}）',
    'zh-TW': '請求內容超過大小上限（{limit}）',
    en: 'The request is larger than the limit ({limit})',
  },
  UNAUTHENTICATED: {
    'zh-CN': '请先登录',
    'zh-TW': '請先登入',
    en: 'Please sign in',
  },
  SESSION_EXPIRED: {
    'zh-CN': '登录已过期，请重新登录',
    'zh-TW': '登入已逾時，請重新登入',
    en: 'Your session has expired; please sign in again',
  },
  FORBIDDEN: {
    'zh-CN': '没有权限执行此操作',
    'zh-TW': '沒有權限執行此操作',
    en: 'You are not allowed to do this',
  },
  CROSS_SITE: {
    'zh-CN': '拒绝来自其他站点的请求',
    'zh-TW': '拒絕來自其他網站的請求',
    en: 'Cross-site requests are refused',
  },
  NOT_FOUND: {
    'zh-CN': '记录不存在',
    'zh-TW': '記錄不存在',
    en: 'Not found',
  },
  STALE_VERSION: {
    'zh-CN': '该记录已被他人修改，请刷新后重试',
    'zh-TW': '該記錄已被他人修改，請重新整理後重試',
    en: 'Someone else changed this record; reload and try again',
  },
  RATE_LIMITED: {
    'zh-CN': '操作过于频繁，请稍后再试',
    'zh-TW': '操作過於頻繁，請稍後再試',
    en: 'Too many requests; please try again later',
  },
  SERVICE_BUSY: {
    'zh-CN': '访问人数较多，请稍后再试',
    'zh-TW': '訪問人數較多，請稍後再試',
    en: 'Many visitors right now; please try again shortly',
  },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    'zh-TW': '伺服器內部錯誤，請稍後重試（請求編號 {requestId}）',
    en: 'Internal server error; please try again later (request {requestId})',
  },
} satisfies MessageCatalogue;
