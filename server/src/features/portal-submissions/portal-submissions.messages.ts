/** The portal-submissions feature's API messages, in the three languages (codes unique across features). */
export const PORTAL_SUBMISSIONS_MESSAGES = {
  PORTAL_SUBMISSION_NOT_FOUND: {
    'zh-CN': '没有找到这条来信',
    'zh-TW': '沒有找到這條來信',
    en: 'No such submission',
  },
  PORTAL_SUBMISSION_INVALID: {
    'zh-CN': '请检查填写的内容：必填项不能为空，长度不能超过限制',
    'zh-TW': '請檢查填寫的內容：必填項不能為空，長度不能超過限制',
    en: 'Check what you entered: required fields must be filled in and within their length',
  },
  PORTAL_SUBMISSION_CONSENT_REQUIRED: {
    'zh-CN': '请阅读并同意个人信息的处理目的后再提交',
    'zh-TW': '請閱讀並同意個人資訊的處理目的後再提交',
    en: 'Read and accept the purpose for which your personal data is processed before sending',
  },
  PORTAL_SUBMISSION_MARKUP: {
    'zh-CN': '内容只能是纯文本，不能包含网页标签或代码',
    'zh-TW': '內容只能是純文字，不能包含網頁標籤或程式碼',
    en: 'Only plain text is accepted: no HTML tags or code',
  },
  PORTAL_SUBMISSION_FORMULA: {
    'zh-CN': '内容不能以 = + - @ 开头（会被表格软件当作公式）',
    'zh-TW': '內容不能以 = + - @ 開頭（會被試算表軟體當作公式）',
    en: 'A text may not start with = + - @ (spreadsheets would read it as a formula)',
  },
  PORTAL_SUBMISSION_CONTACT_INVALID: {
    'zh-CN': '联系方式请填写手机号、带区号的座机号或电子邮箱',
    'zh-TW': '聯絡方式請填寫手機號、帶區號的座機號或電子郵箱',
    en: 'Enter a mobile number, a landline with its area code or an e-mail address as contact',
  },
  PORTAL_SUBMISSION_CHALLENGE: {
    'zh-CN': '人机验证未通过或已过期，请重新回答验证问题',
    'zh-TW': '人機驗證未通過或已過期，請重新回答驗證問題',
    en: 'The check that you are a person failed or expired: answer the question again',
  },
  PORTAL_SUBMISSION_RATE_LIMITED: {
    'zh-CN': '提交过于频繁，请稍后再试',
    'zh-TW': '提交過於頻繁，請稍後再試',
    en: 'Too many submissions: try again later',
  },
  PORTAL_SUBMISSION_ACCOUNT_REQUIRED: {
    'zh-CN': '请先登录已经审核通过的企业账户',
    'zh-TW': '請先登入已經審核通過的企業帳戶',
    en: 'Sign in with a confirmed company account first',
  },
  PORTAL_SUBMISSION_NOT_REGISTERED: {
    'zh-CN': '贵企业尚未关联到企业库，暂时不能提交诉求，请联系所在区',
    'zh-TW': '貴企業尚未關聯到企業庫，暫時不能提交訴求，請聯繫所在區',
    en: 'Your company is not linked to the enterprise registry yet: contact your district before raising a problem',
  },
  PORTAL_SUBMISSION_DEPARTMENT: {
    'zh-CN': '请选择受理部门',
    'zh-TW': '請選擇受理部門',
    en: 'Choose the department to send it to',
  },
  PORTAL_SUBMISSION_FILE_TOO_LARGE: {
    'zh-CN': '附件不能超过 {limit}',
    'zh-TW': '附件不能超過 {limit}',
    en: 'The attachment may not be larger than {limit}',
  },
  PORTAL_SUBMISSION_FILE_TYPE: {
    'zh-CN': '附件只能是照片（JPEG、PNG）或 PDF 文件',
    'zh-TW': '附件只能是照片（JPEG、PNG）或 PDF 檔案',
    en: 'An attachment may only be a photo (JPEG, PNG) or a PDF',
  },
  PORTAL_SUBMISSION_MOVE: {
    'zh-CN': '来信当前为“{from}”，不能改为“{to}”',
    'zh-TW': '來信目前為「{from}」，不能改為「{to}」',
    en: 'The submission is "{from}" and cannot be set to "{to}"',
  },
} as const;
