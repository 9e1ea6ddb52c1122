// The portal pages' words of 企业入驻, in the three languages.
import type { Locale } from '@hongtu/contracts';
import type { EnterpriseAccountStatus } from '@hongtu/domain';

type Text = Readonly<Record<Locale, string>>;

export const ACCOUNT_TEXTS = {
  title: { 'zh-CN': '企业入驻', 'zh-TW': '企業入駐', en: 'Company account' },
  intro: {
    'zh-CN': '企业可用统一社会信用代码注册账户，经所在区或市发展改革部门确认后，可查看可能适用的惠企政策。',
    'zh-TW': '企業可用統一社會信用代碼註冊帳戶，經所在區或市發展改革部門確認後，可查看可能適用的惠企政策。',
    en: 'A company signs up with its unified social credit code; once its district or the city confirms it, it sees the policies it may qualify for.',
  },
  signUp: { 'zh-CN': '注册企业账户', 'zh-TW': '註冊企業帳戶', en: 'Sign up' },
  signIn: { 'zh-CN': '登录', 'zh-TW': '登入', en: 'Sign in' },
  signOut: { 'zh-CN': '退出登录', 'zh-TW': '登出', en: 'Sign out' },
  creditCode: { 'zh-CN': '统一社会信用代码（18 位）', 'zh-TW': '統一社會信用代碼（18 位）', en: 'Unified social credit code (18 characters)' },
  companyName: { 'zh-CN': '企业名称', 'zh-TW': '企業名稱', en: 'Company name' },
  contactName: { 'zh-CN': '联系人', 'zh-TW': '聯絡人', en: 'Contact person' },
  email: { 'zh-CN': '电子邮箱（接收验证码）', 'zh-TW': '電子郵箱（接收驗證碼）', en: 'E-mail (to receive the code)' },
  phone: { 'zh-CN': '手机号码（未填邮箱时以短信接收验证码）', 'zh-TW': '手機號碼（未填郵箱時以簡訊接收驗證碼）', en: 'Mobile number (the code comes by SMS when no e-mail is given)' },
  password: { 'zh-CN': '密码（至少 8 位，含三类字符）', 'zh-TW': '密碼（至少 8 位，含三類字元）', en: 'Password (8 characters or more, three kinds)' },
  signInPassword: { 'zh-CN': '密码', 'zh-TW': '密碼', en: 'Password' },
  district: { 'zh-CN': '所在区（企业库中已有的企业无需选择）', 'zh-TW': '所在區（企業庫中已有的企業無需選擇）', en: 'District (not needed when the registry knows the company)' },
  noDistrict: { 'zh-CN': '请选择', 'zh-TW': '請選擇', en: 'Choose' },
  consentTitle: { 'zh-CN': '个人信息处理说明', 'zh-TW': '個人資訊處理說明', en: 'How we use your personal data' },
  consentText: {
    'zh-CN': '我们收集联系人姓名、电子邮箱或手机号码，仅用于核验贵单位的入驻申请、发送验证码和告知办理进展；不对外公开，员工列表中以部分隐藏的方式显示。账户存续期间保存，您可随时在账户页申请注销，注销后上述个人信息即被删除。处理者：市发展和改革委员会。',
    'zh-TW': '我們收集聯絡人姓名、電子郵箱或手機號碼，僅用於核驗貴單位的入駐申請、發送驗證碼和告知辦理進展；不對外公開，員工列表中以部分隱藏的方式顯示。帳戶存續期間保存，您可隨時在帳戶頁申請註銷，註銷後上述個人資訊即被刪除。處理者：市發展和改革委員會。',
    en: 'We collect the contact person\'s name and e-mail or mobile number only to check your sign-up, send the code and tell you how it progresses. They are never published and staff lists show them partly hidden. They are kept while the account exists; you may ask for the account to be deleted at any time on the account page, and they are then erased. Controller: the municipal Development and Reform Commission.',
  },
  consent: { 'zh-CN': '我已阅读并同意上述个人信息处理说明', 'zh-TW': '我已閱讀並同意上述個人資訊處理說明', en: 'I have read and accept how the personal data is used' },
  submit: { 'zh-CN': '提交', 'zh-TW': '提交', en: 'Submit' },
  verifyTitle: { 'zh-CN': '输入验证码', 'zh-TW': '輸入驗證碼', en: 'Enter the code' },
  verifyIntro: { 'zh-CN': '验证码已发送到您填写的联系方式，15 分钟内有效。', 'zh-TW': '驗證碼已發送到您填寫的聯繫方式，15 分鐘內有效。', en: 'The code was sent to the contact you gave; it is valid for 15 minutes.' },
  code: { 'zh-CN': '验证码', 'zh-TW': '驗證碼', en: 'Code' },
  resend: { 'zh-CN': '重新发送验证码', 'zh-TW': '重新發送驗證碼', en: 'Send a new code' },
  proofUnsent: {
    'zh-CN': '账户已创建，但验证码暂时未能发送。请稍后点击下方“重新发送验证码”。',
    'zh-TW': '帳戶已建立，但驗證碼暫時未能發送。請稍後點擊下方「重新發送驗證碼」。',
    en: 'Your account was created, but the code could not be sent just now. Please use “Send a new code” below in a moment.',
  },
  resent: { 'zh-CN': '新的验证码已发送。', 'zh-TW': '新的驗證碼已發送。', en: 'A new code is on its way.' },
  status: { 'zh-CN': '状态', 'zh-TW': '狀態', en: 'Status' },
  messages: { 'zh-CN': '消息', 'zh-TW': '訊息', en: 'Messages' },
  policies: { 'zh-CN': '可能适用的政策', 'zh-TW': '可能適用的政策', en: 'Policies you may qualify for' },
  mySubmissions: { 'zh-CN': '我的来信', 'zh-TW': '我的來信', en: 'My submissions' },
  raiseProblem: { 'zh-CN': '提交诉求', 'zh-TW': '提交訴求', en: 'Raise a problem' },
  opportunitiesLink: { 'zh-CN': '投资机会', 'zh-TW': '投資機會', en: 'Investment opportunities' },
  matched: { 'zh-CN': '符合的条件', 'zh-TW': '符合的條件', en: 'Conditions met' },
  unknown: { 'zh-CN': '待核实的条件', 'zh-TW': '待核實的條件', en: 'Conditions to check' },
  noPolicies: { 'zh-CN': '暂未找到可能适用的政策。', 'zh-TW': '暫未找到可能適用的政策。', en: 'No policy found that may apply yet.' },
  notInRegistry: {
    'zh-CN': '企业库中暂无贵单位的记录，所在区录入后即可匹配政策。',
    'zh-TW': '企業庫中暫無貴單位的記錄，所在區錄入後即可匹配政策。',
    en: 'The registry has no record of your company yet; policies are matched once your district adds it.',
  },
  deleteTitle: { 'zh-CN': '注销账户并删除个人信息', 'zh-TW': '註銷帳戶並刪除個人資訊', en: 'Delete my account and data' },
  deleteConfirm: { 'zh-CN': '我确认注销账户，联系人信息将被删除且不可恢复', 'zh-TW': '我確認註銷帳戶，聯絡人資訊將被刪除且不可恢復', en: 'I confirm: delete the account; the contact data is erased for good' },
  deleted: { 'zh-CN': '账户已注销，联系人信息已删除。', 'zh-TW': '帳戶已註銷，聯絡人資訊已刪除。', en: 'The account is deleted and the contact data erased.' },
  signedOut: { 'zh-CN': '您已退出登录。', 'zh-TW': '您已登出。', en: 'You are signed out.' },
  noAccount: { 'zh-CN': '还没有账户？', 'zh-TW': '還沒有帳戶？', en: 'No account yet?' },
  hasAccount: { 'zh-CN': '已有账户？', 'zh-TW': '已有帳戶？', en: 'Already signed up?' },
  errorTitle: { 'zh-CN': '提交未成功', 'zh-TW': '提交未成功', en: 'Not sent' },
} as const satisfies Record<string, Text>;

export const STATUS_TEXTS: Readonly<Record<EnterpriseAccountStatus, Text>> = {
  pending_proof: { 'zh-CN': '待验证联系方式', 'zh-TW': '待驗證聯繫方式', en: 'Waiting for the code' },
  pending_confirmation: { 'zh-CN': '待所在区确认', 'zh-TW': '待所在區確認', en: 'Waiting for the district to confirm' },
  confirmed: { 'zh-CN': '已确认', 'zh-TW': '已確認', en: 'Confirmed' },
  rejected: { 'zh-CN': '未通过', 'zh-TW': '未通過', en: 'Not accepted' },
  deleted: { 'zh-CN': '已注销', 'zh-TW': '已註銷', en: 'Deleted' },
};
