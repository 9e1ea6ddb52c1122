import type { Locale } from '@hongtu/contracts';

type Catalogue = Record<Locale, string>;

/** Every message a user can receive from the API, in the three languages. */
export const MESSAGES = {
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
  INVALID_CREDENTIALS: {
    'zh-CN': '用户名或密码错误',
    'zh-TW': '使用者名稱或密碼錯誤',
    en: 'Wrong user name or password',
  },
  ACCOUNT_LOCKED: {
    'zh-CN': '登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试或联系管理员解锁',
    'zh-TW': '登入失敗次數過多，帳戶已鎖定，請 {minutes} 分鐘後再試或聯絡管理員解鎖',
    en: 'Too many failed sign-ins; the account is locked. Try again in {minutes} minutes or ask an administrator',
  },
  ACCOUNT_DISABLED: {
    'zh-CN': '账户已停用，请联系管理员',
    'zh-TW': '帳戶已停用，請聯絡管理員',
    en: 'This account is disabled; contact an administrator',
  },
  WRONG_PASSWORD: {
    'zh-CN': '当前密码不正确',
    'zh-TW': '目前密碼不正確',
    en: 'The current password is wrong',
  },
  PASSWORD_TOO_SHORT: {
    'zh-CN': '密码至少 {min} 个字符',
    'zh-TW': '密碼至少 {min} 個字元',
    en: 'The password needs at least {min} characters',
  },
  PASSWORD_TOO_LONG: {
    'zh-CN': '密码最多 {max} 个字符',
    'zh-TW': '密碼最多 {max} 個字元',
    en: 'The password may have at most {max} characters',
  },
  PASSWORD_CLASSES: {
    'zh-CN': '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    'zh-TW': '密碼須包含大寫字母、小寫字母、數字、符號中的至少三類',
    en: 'The password needs three of: upper-case, lower-case, digits, symbols',
  },
  PASSWORD_IS_USERNAME: {
    'zh-CN': '密码不能与用户名相同',
    'zh-TW': '密碼不能與使用者名稱相同',
    en: 'The password must not be the user name',
  },
  PASSWORD_COMMON: {
    'zh-CN': '该密码过于常见，请换一个',
    'zh-TW': '該密碼過於常見，請換一個',
    en: 'This password is too common; choose another',
  },
  DUPLICATE_CODE: {
    'zh-CN': '编码“{code}”已被使用',
    'zh-TW': '編碼「{code}」已被使用',
    en: 'The code "{code}" is already in use',
  },
  DUPLICATE_USERNAME: {
    'zh-CN': '用户名“{username}”已存在',
    'zh-TW': '使用者名稱「{username}」已存在',
    en: 'The user name "{username}" already exists',
  },
  ORGANISATION_CYCLE: {
    'zh-CN': '不能把组织移动到它自己或它的下级之下',
    'zh-TW': '不能把組織移動到它自己或它的下級之下',
    en: 'An organisation cannot be moved under itself or its descendants',
  },
  ORGANISATION_PARENT_KIND: {
    'zh-CN': '“{kind}”类组织不能设在“{parentKind}”之下',
    'zh-TW': '「{kind}」類組織不能設在「{parentKind}」之下',
    en: 'A {kind} cannot be placed under a {parentKind}',
  },
  GROUP_MEMBER_KIND: {
    'zh-CN': '只有区和功能区可以加入区域分组',
    'zh-TW': '只有區和功能區可以加入區域分組',
    en: 'Only districts and functional zones can belong to a district group',
  },
  ORGANISATION_IN_USE: {
    'zh-CN': '该组织下仍有下级组织或用户，不能删除',
    'zh-TW': '該組織下仍有下級組織或使用者，不能刪除',
    en: 'The organisation still has sub-organisations or users and cannot be deleted',
  },
  ROOT_ORGANISATION: {
    'zh-CN': '只能有一个顶级组织（省或市）',
    'zh-TW': '只能有一個頂級組織（省或市）',
    en: 'There can be only one top-level organisation (a province or a city)',
  },
  SELF_PRIVILEGE_CHANGE: {
    'zh-CN': '不能修改自己的角色、组织或状态',
    'zh-TW': '不能修改自己的角色、組織或狀態',
    en: 'You cannot change your own role, organisation or status',
  },
  UNKNOWN_INDICATOR: {
    'zh-CN': '未知指标“{code}”',
    'zh-TW': '未知指標「{code}」',
    en: 'Unknown indicator "{code}"',
  },
  NUMBER_INVALID: {
    'zh-CN': '“{value}”不是有效的数字',
    'zh-TW': '「{value}」不是有效的數字',
    en: '"{value}" is not a valid number',
  },
  NUMBER_TOO_PRECISE: {
    'zh-CN': '“{value}”的小数位数过多',
    'zh-TW': '「{value}」的小數位數過多',
    en: '"{value}" has too many decimal places',
  },
  PERIOD_NOT_FOUND: {
    'zh-CN': '{period} 的填报期尚未开放',
    'zh-TW': '{period} 的填報期尚未開放',
    en: 'The reporting period {period} is not open',
  },
  PERIOD_CLOSED: {
    'zh-CN': '{period} 的填报期已关闭',
    'zh-TW': '{period} 的填報期已關閉',
    en: 'The reporting period {period} is closed',
  },
  PERIOD_EXISTS: {
    'zh-CN': '{period} 的填报期已存在',
    'zh-TW': '{period} 的填報期已存在',
    en: 'The reporting period {period} already exists',
  },
  NOT_A_REPORTING_UNIT: {
    'zh-CN': '只有区和功能区按月报送数据',
    'zh-TW': '只有區和功能區按月報送資料',
    en: 'Only districts and functional zones report monthly figures',
  },
  SUBMISSION_STATE: {
    'zh-CN': '当前状态（{status}）下不能执行此操作',
    'zh-TW': '目前狀態（{status}）下不能執行此操作',
    en: 'This cannot be done while the month is {status}',
  },
  CHECK_FAILED: {
    'zh-CN': '数据校验未通过，请按提示修改后再提交',
    'zh-TW': '資料校驗未通過，請依提示修改後再提交',
    en: 'The figures did not pass the checks; correct them and submit again',
  },
  TARGET_INVALID: {
    'zh-CN': '目标设置有误：{reason}',
    'zh-TW': '目標設定有誤：{reason}',
    en: 'Invalid target: {reason}',
  },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    'zh-TW': '伺服器內部錯誤，請稍後重試（請求編號 {requestId}）',
    en: 'Internal server error; please try again later (request {requestId})',
  },
} satisfies Record<string, Catalogue>;

export type MessageCode = keyof typeof MESSAGES;

export function translate(
  code: MessageCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = MESSAGES[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}
