/** The enterprise-accounts feature's API messages, in the three languages (codes unique across features). */
export const ENTERPRISE_ACCOUNTS_MESSAGES = {
  ENTERPRISE_ACCOUNT_CREDIT_CODE_INVALID: {
    'zh-CN': '统一社会信用代码不正确（应为 18 位，末位校验码须相符），请核对后重新输入',
    'zh-TW': '統一社會信用代碼不正確（應為 18 位，末位校驗碼須相符），請核對後重新輸入',
    en: 'The unified social credit code is not valid (18 characters with a matching check character); please check it',
  },
  ENTERPRISE_ACCOUNT_SIGN_UP_REFUSED: {
    'zh-CN': '该统一社会信用代码暂不能注册。如确属贵单位，请联系所在区发展改革部门',
    'zh-TW': '該統一社會信用代碼暫不能註冊。如確屬貴單位，請聯繫所在區發展改革部門',
    en: 'This credit code cannot be signed up at the moment. If it is yours, please contact your district\'s development and reform office',
  },
  ENTERPRISE_ACCOUNT_CONSENT_REQUIRED: {
    'zh-CN': '请阅读并同意个人信息处理说明后再提交',
    'zh-TW': '請閱讀並同意個人資訊處理說明後再提交',
    en: 'Please read and accept how your personal data is used before signing up',
  },
  ENTERPRISE_ACCOUNT_CONTACT_REQUIRED: {
    'zh-CN': '请填写正确的电子邮箱或手机号码，用于接收验证码',
    'zh-TW': '請填寫正確的電子郵箱或手機號碼，用於接收驗證碼',
    en: 'Please give a valid e-mail address or mobile number to receive the code',
  },
  ENTERPRISE_ACCOUNT_FIELD_REQUIRED: {
    'zh-CN': '请填写企业名称和联系人（各不超过 100 字）',
    'zh-TW': '請填寫企業名稱和聯絡人（各不超過 100 字）',
    en: 'Please give the company name and a contact person (100 characters at most each)',
  },
  ENTERPRISE_ACCOUNT_DISTRICT_REQUIRED: {
    'zh-CN': '企业库中没有该企业，请选择所在区',
    'zh-TW': '企業庫中沒有該企業，請選擇所在區',
    en: 'The registry does not know this enterprise yet; please choose its district',
  },
  PORTAL_CHALLENGE_FAILED: {
    'zh-CN': '人机验证未通过或已过期，请重新作答后提交',
    'zh-TW': '人機驗證未通過或已過期，請重新作答後提交',
    en: 'The check that you are not a robot failed or expired; please answer it again',
  },
  ENTERPRISE_ACCOUNT_PROOF_CODE_WRONG: {
    'zh-CN': '验证码不正确或已失效，请重新获取',
    'zh-TW': '驗證碼不正確或已失效，請重新獲取',
    en: 'The code is wrong or no longer valid; please ask for a new one',
  },
  ENTERPRISE_ACCOUNT_PROOF_UNAVAILABLE: {
    'zh-CN': '暂时无法发送验证码，请稍后再试',
    'zh-TW': '暫時無法發送驗證碼，請稍後再試',
    en: 'The code cannot be sent at the moment; please try again later',
  },
  ENTERPRISE_ACCOUNT_SIGN_IN_FAILED: {
    'zh-CN': '统一社会信用代码或密码不正确',
    'zh-TW': '統一社會信用代碼或密碼不正確',
    en: 'Wrong credit code or password',
  },
  ENTERPRISE_ACCOUNT_NOT_PENDING: {
    'zh-CN': '该申请已处理，无需重复操作',
    'zh-TW': '該申請已處理，無需重複操作',
    en: 'This sign-up has already been dealt with',
  },
  ENTERPRISE_ACCOUNT_CODE_TAKEN: {
    'zh-CN': '该统一社会信用代码已由其他账户确认，不能再次确认',
    'zh-TW': '該統一社會信用代碼已由其他帳戶確認，不能再次確認',
    en: 'Another account is already confirmed for this credit code',
  },
  ENTERPRISE_ACCOUNT_STATUS_CHANGED: {
    'zh-CN': '您的企业入驻申请状态已更新：{status}',
    'zh-TW': '您的企業入駐申請狀態已更新：{status}',
    en: 'Your company sign-up has a new status: {status}',
  },
  ENTERPRISE_ACCOUNT_PROOF_CODE_TEXT: {
    'zh-CN': '【宏图招商门户】您的企业入驻验证码为 {code}，{minutes} 分钟内有效。如非本人操作请忽略。',
    'zh-TW': '【宏圖招商門戶】您的企業入駐驗證碼為 {code}，{minutes} 分鐘內有效。如非本人操作請忽略。',
    en: '[Hongtu Investment Portal] Your sign-up code is {code}, valid for {minutes} minutes. Ignore this if you did not sign up.',
  },
} as const;
