import type { Locale } from '@hongtu/contracts';
import { IMPORT_MESSAGES } from '../imports/imports.messages';

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
  IMPORT_NO_FILE: {
    'zh-CN': '请选择要上传的 Excel 文件（.xlsx），表单字段名为 file',
    'zh-TW': '請選擇要上傳的 Excel 檔案（.xlsx），表單欄位名稱為 file',
    en: 'Choose an Excel file (.xlsx) to upload in the form field "file"',
  },
  IMPORT_TOO_LARGE: {
    'zh-CN': '文件超过大小上限（{limit}），请删除无关的工作表或图片后重试',
    'zh-TW': '檔案超過大小上限（{limit}），請刪除無關的工作表或圖片後重試',
    en: 'The file is larger than the limit ({limit}); remove unrelated sheets or pictures and try again',
  },
  IMPORT_NOT_XLSX: {
    'zh-CN': '无法读取该文件：不是有效的 Excel 工作簿（.xlsx），或文件已损坏',
    'zh-TW': '無法讀取該檔案：不是有效的 Excel 活頁簿（.xlsx），或檔案已損毀',
    en: 'This file cannot be read: it is not a valid Excel workbook (.xlsx), or it is damaged',
  },
  IMPORT_LEGACY_OR_ENCRYPTED: {
    'zh-CN': '该文件是旧版 .xls 格式或设置了打开密码，请在 Excel 中取消密码并另存为 .xlsx 后上传',
    'zh-TW': '該檔案是舊版 .xls 格式或設定了開啟密碼，請在 Excel 中取消密碼並另存為 .xlsx 後上傳',
    en: 'This is a legacy .xls file or it is password-protected; remove the password and save it as .xlsx in Excel, then upload it',
  },
  IMPORT_MACRO: {
    'zh-CN': '不接受含宏的文件（.xlsm 或包含 VBA 宏），请另存为不含宏的 .xlsx 后上传',
    'zh-TW': '不接受含巨集的檔案（.xlsm 或包含 VBA 巨集），請另存為不含巨集的 .xlsx 後上傳',
    en: 'Files with macros (.xlsm or VBA content) are not accepted; save it as a macro-free .xlsx and upload it',
  },
  IMPORT_EXTERNAL_LINK: {
    'zh-CN': '文件包含指向其他工作簿的外部链接，请在 Excel 中“断开链接”（保留数值）后上传',
    'zh-TW': '檔案包含指向其他活頁簿的外部連結，請在 Excel 中「中斷連結」（保留數值）後上傳',
    en: 'The file links to other workbooks; break the links in Excel (keeping the values) and upload it',
  },
  IMPORT_ZIP_BOMB: {
    'zh-CN': '文件解压后超过 {limit}，不予处理',
    'zh-TW': '檔案解壓縮後超過 {limit}，不予處理',
    en: 'The file expands to more than {limit} and is refused',
  },
  IMPORT_FORMULA_NO_VALUE: {
    'zh-CN': '工作表“{sheet}”的 {cell} 单元格是没有计算结果的公式，请在 Excel 中打开并保存后再上传（或粘贴为数值）',
    'zh-TW': '工作表「{sheet}」的 {cell} 儲存格是沒有計算結果的公式，請在 Excel 中開啟並儲存後再上傳（或貼上為值）',
    en: 'Cell {cell} on sheet "{sheet}" is a formula without a calculated value; open and save the file in Excel (or paste values) and upload it again',
  },
  IMPORT_NO_HEADER: {
    'zh-CN': '未找到表头：需要一行包含“指标”（或指标代码）和“本年累计”列',
    'zh-TW': '未找到表頭：需要一列包含「指標」（或指標代碼）和「本年累計」欄',
    en: 'No header row found: a row needs an "Indicator" (or code) column and a "Year-to-date" column',
  },
  IMPORT_NO_FIGURES: {
    'zh-CN': '文件中没有填写任何指标数据',
    'zh-TW': '檔案中沒有填寫任何指標資料',
    en: 'The file contains no figures',
  },
  IMPORT_UNKNOWN_INDICATOR: {
    'zh-CN': '无法识别的指标“{name}”',
    'zh-TW': '無法識別的指標「{name}」',
    en: 'Unknown indicator "{name}"',
  },
  IMPORT_DUPLICATE_INDICATOR: {
    'zh-CN': '指标“{name}”重复出现（首次在 {first}）',
    'zh-TW': '指標「{name}」重複出現（首次在 {first}）',
    en: 'The indicator "{name}" appears twice (first at {first})',
  },
  IMPORT_UNIT_UNKNOWN: {
    'zh-CN': '无法识别的计量单位“{unit}”',
    'zh-TW': '無法識別的計量單位「{unit}」',
    en: 'Unknown unit "{unit}"',
  },
  IMPORT_UNIT_MISMATCH: {
    'zh-CN': '单位“{unit}”不能换算为该指标的单位“{expected}”',
    'zh-TW': '單位「{unit}」不能換算為該指標的單位「{expected}」',
    en: 'The unit "{unit}" cannot be converted into the indicator\'s unit "{expected}"',
  },
  IMPORT_CONVERTED_TOO_PRECISE: {
    'zh-CN': '“{value}”换算为{unit}后超过 {places} 位小数，无法精确保存',
    'zh-TW': '「{value}」換算為{unit}後超過 {places} 位小數，無法精確儲存',
    en: '"{value}" converted into {unit} has more than {places} decimal places and cannot be stored exactly',
  },
  IMPORT_CELL_ERROR: {
    'zh-CN': '单元格显示错误值 {value}',
    'zh-TW': '儲存格顯示錯誤值 {value}',
    en: 'The cell shows the error {value}',
  },
  IMPORT_NOTE_TOO_LONG: {
    'zh-CN': '备注超过 {max} 个字符',
    'zh-TW': '備註超過 {max} 個字元',
    en: 'The note is longer than {max} characters',
  },
  IMPORT_BLOCKED: {
    'zh-CN': '导入检查未通过，请按检查报告修改文件后重新上传',
    'zh-TW': '匯入檢查未通過，請依檢查報告修改檔案後重新上傳',
    en: 'The import did not pass its checks; correct the file as the report says and upload it again',
  },
  IMPORT_STALE: {
    'zh-CN': '检查之后本月数据已有变动，请重新上传文件再确认导入',
    'zh-TW': '檢查之後本月資料已有變動，請重新上傳檔案再確認匯入',
    en: 'The month changed after this file was checked; upload it again before importing',
  },
  INTERNAL: {
    'zh-CN': '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    'zh-TW': '伺服器內部錯誤，請稍後重試（請求編號 {requestId}）',
    en: 'Internal server error; please try again later (request {requestId})',
  },
  IMPORT_TARGET_NO_HEADER: {
    'zh-CN': '未找到表头：需要一行包含“组织”（编码或名称）、“指标”（编码或名称）和“目标值”或“增速目标”列',
    'zh-TW': '未找到表頭：需要一列包含「組織」（編碼或名稱）、「指標」（編碼或名稱）和「目標值」或「增速目標」欄',
    en: 'No header row found: a row needs an organisation (code or name), an indicator (code or name) and a "Target" or "Growth target" column',
  },
  IMPORT_TARGET_EMPTY: {
    'zh-CN': '文件中没有填写任何目标',
    'zh-TW': '檔案中沒有填寫任何目標',
    en: 'The file contains no targets',
  },
  IMPORT_TARGET_ORG_UNKNOWN: {
    'zh-CN': '组织“{name}”不存在或不在您的管理范围内，整个文件不予导入',
    'zh-TW': '組織「{name}」不存在或不在您的管理範圍內，整個檔案不予匯入',
    en: 'The organisation "{name}" does not exist or is outside your scope; the whole file is refused',
  },
  IMPORT_TARGET_ORG_AMBIGUOUS: {
    'zh-CN': '名称“{name}”对应多个组织，请填写组织编码',
    'zh-TW': '名稱「{name}」對應多個組織，請填寫組織編碼',
    en: 'The name "{name}" matches several organisations; give the organisation code',
  },
  IMPORT_TARGET_DUPLICATE: {
    'zh-CN': '{organisation}{year}年“{indicator}”的目标重复出现（首次在 {first}）',
    'zh-TW': '{organisation}{year}年「{indicator}」的目標重複出現（首次在 {first}）',
    en: 'The {year} target of {organisation} for "{indicator}" appears twice (first at {first})',
  },
  IMPORT_TARGET_COMPARATOR: {
    'zh-CN': '无法识别的比较方式“{value}”，请填写 ≥（以上）或 ≤（以内）',
    'zh-TW': '無法識別的比較方式「{value}」，請填寫 ≥（以上）或 ≤（以內）',
    en: 'Unknown comparator "{value}"; write ≥ (at least) or ≤ (at most)',
  },
  IMPORT_TARGET_FLAG: {
    'zh-CN': '“无目标”列只能填写“是”或留空，不能填写“{value}”',
    'zh-TW': '「無目標」欄只能填寫「是」或留空，不能填寫「{value}」',
    en: 'The "No target" column takes "yes" or nothing, not "{value}"',
  },
  IMPORT_TARGET_NO_TARGET_WITH_VALUES: {
    'zh-CN': '标记为“无目标”的行不能同时填写目标值、增速目标或一季度占比',
    'zh-TW': '標記為「無目標」的列不能同時填寫目標值、增速目標或一季度佔比',
    en: 'A row marked "No target" cannot also have a target, a growth target or a Q1 share',
  },
  IMPORT_TARGET_VALUE_REQUIRED: {
    'zh-CN': '请填写目标值或增速目标，或在“无目标”列填写“是”',
    'zh-TW': '請填寫目標值或增速目標，或在「無目標」欄填寫「是」',
    en: 'Give a target or a growth target, or write "yes" under "No target"',
  },
  IMPORT_TARGET_SHARE: {
    'zh-CN': '一季度占比“{value}”须在 0 到 100 之间（单位：%）',
    'zh-TW': '一季度佔比「{value}」須在 0 到 100 之間（單位：%）',
    en: 'The Q1 share "{value}" must be between 0 and 100 (percent)',
  },
  IMPORT_TARGET_STALE: {
    'zh-CN': '检查之后目标已有变动，请重新上传文件再确认导入',
    'zh-TW': '檢查之後目標已有變動，請重新上傳檔案再確認匯入',
    en: 'Targets changed after this file was checked; upload it again before importing',
  },
  IMPORT_TARGET_YEAR: {
    'zh-CN': '年度“{value}”无效，须为 2000 至 2100 之间的年份',
    'zh-TW': '年度「{value}」無效，須為 2000 至 2100 之間的年份',
    en: 'The year "{value}" is not valid; it must be between 2000 and 2100',
  },
  ...IMPORT_MESSAGES,
} satisfies Record<string, Catalogue>;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(MESSAGES, value);
}

/** Organisation kinds as users call them, for messages that name a kind. */
const KIND_LABELS: Record<Locale, Record<string, string>> = {
  'zh-CN': { province: '省', city: '市', district: '区', zone: '功能区', street: '街道', department: '部门' },
  'zh-TW': { province: '省', city: '市', district: '區', zone: '功能區', street: '街道', department: '部門' },
  en: { province: 'province', city: 'city', district: 'district', zone: 'functional zone', street: 'street', department: 'department' },
};
const KIND_PARAMS = new Set(['kind', 'parentKind']);

export function translate(
  code: MessageCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = MESSAGES[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    if (value === undefined) return `{${key}}`;
    return KIND_PARAMS.has(key) ? (KIND_LABELS[locale][String(value)] ?? String(value)) : String(value);
  });
}
