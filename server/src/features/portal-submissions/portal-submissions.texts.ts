import type { Locale } from '@hongtu/contracts';
import type { EnterpriseProblemCategory, PortalSubmissionKind, PortalSubmissionStatus } from '@hongtu/domain';

type Text = Readonly<Record<Locale, string>>;

/** The version of the purpose statement a sender consents to (PIPL): stored with each submission. */
export const PORTAL_SUBMISSION_CONSENT_VERSION = '2026-12-submissions-v1';

export const KIND_LABELS: Readonly<Record<PortalSubmissionKind, Text>> = {
  interest: { 'zh-CN': '投资意向', 'zh-TW': '投資意向', en: 'Interest in an opportunity' },
  problem: { 'zh-CN': '企业诉求', 'zh-TW': '企業訴求', en: 'Problem' },
  tip: { 'zh-CN': '投稿', 'zh-TW': '投稿', en: 'Tip or article' },
};

export const STATUS_LABELS: Readonly<Record<PortalSubmissionStatus, Text>> = {
  received: { 'zh-CN': '已收到', 'zh-TW': '已收到', en: 'Received' },
  routed: { 'zh-CN': '已转办', 'zh-TW': '已轉辦', en: 'Routed' },
  in_progress: { 'zh-CN': '办理中', 'zh-TW': '辦理中', en: 'In progress' },
  answered: { 'zh-CN': '已答复', 'zh-TW': '已答覆', en: 'Answered' },
  closed: { 'zh-CN': '已办结', 'zh-TW': '已辦結', en: 'Closed' },
  rejected: { 'zh-CN': '不予受理', 'zh-TW': '不予受理', en: 'Not accepted' },
};

/** What the sender is told when staff change a submission's status, in each language (the account's is chosen). */
export function statusMessage(title: string, to: PortalSubmissionStatus, note: string): Record<Locale, string> {
  const say = (locale: Locale, template: string) => template.replace('{title}', title).replace('{status}', STATUS_LABELS[to][locale]) + (note ? `：${note}` : '');
  return {
    'zh-CN': say('zh-CN', '您的来信「{title}」状态更新为：{status}'),
    'zh-TW': say('zh-TW', '您的來信「{title}」狀態更新為：{status}'),
    en: say('en', 'Your submission "{title}" is now: {status}').replace('：', ': '),
  };
}

export const CATEGORY_LABELS: Readonly<Record<EnterpriseProblemCategory, Text>> = {
  land: { 'zh-CN': '用地', 'zh-TW': '用地', en: 'Land' },
  finance: { 'zh-CN': '融资', 'zh-TW': '融資', en: 'Finance' },
  labour: { 'zh-CN': '用工', 'zh-TW': '用工', en: 'Labour' },
  approval: { 'zh-CN': '审批', 'zh-TW': '審批', en: 'Approvals' },
  utilities: { 'zh-CN': '水电气', 'zh-TW': '水電氣', en: 'Water, power, gas' },
  policy: { 'zh-CN': '政策兑现', 'zh-TW': '政策兌現', en: 'Policy payments' },
  other: { 'zh-CN': '其他', 'zh-TW': '其他', en: 'Other' },
};

/** The pages' words. */
export const T = {
  tipTitle: { 'zh-CN': '投稿与线索提供', 'zh-TW': '投稿與線索提供', en: 'Send a tip or an article' },
  tipIntro: {
    'zh-CN': '欢迎提供招商线索、新闻稿件或对本站内容的补充。可以匿名提交；提交后您会得到一个查询码，用来查看处理进度。',
    'zh-TW': '歡迎提供招商線索、新聞稿件或對本站內容的補充。可以匿名提交；提交後您會得到一個查詢碼，用來查看處理進度。',
    en: 'Send us investment leads, news or additions to this site. You may stay anonymous; you get a tracking code to follow what happens to it.',
  },
  title: { 'zh-CN': '标题', 'zh-TW': '標題', en: 'Title' },
  body: { 'zh-CN': '内容', 'zh-TW': '內容', en: 'Text' },
  bodyHint: { 'zh-CN': '纯文本，不超过 4000 字', 'zh-TW': '純文字，不超過 4000 字', en: 'Plain text, at most 4000 characters' },
  interestBody: { 'zh-CN': '补充说明（选填）', 'zh-TW': '補充說明（選填）', en: 'Anything to add (optional)' },
  attachment: { 'zh-CN': '附件（选填）', 'zh-TW': '附件（選填）', en: 'Attachment (optional)' },
  attachmentHint: { 'zh-CN': '一个照片（JPEG、PNG）或 PDF 文件，不超过 5 MB', 'zh-TW': '一個照片（JPEG、PNG）或 PDF 檔案，不超過 5 MB', en: 'One photo (JPEG, PNG) or PDF, at most 5 MB' },
  contactName: { 'zh-CN': '联系人', 'zh-TW': '聯絡人', en: 'Contact person' },
  contact: { 'zh-CN': '联系电话或电子邮箱', 'zh-TW': '聯絡電話或電子郵箱', en: 'Phone or e-mail' },
  optional: { 'zh-CN': '（选填）', 'zh-TW': '（選填）', en: ' (optional)' },
  contactLegend: { 'zh-CN': '联系方式', 'zh-TW': '聯絡方式', en: 'How to reach you' },
  contactPrivate: { 'zh-CN': '联系方式不会公开，仅供工作人员与您联系。', 'zh-TW': '聯絡方式不會公開，僅供工作人員與您聯繫。', en: 'Your contact is never published; only staff use it to reach you.' },
  consent: {
    'zh-CN': '我同意：本页填写的个人信息（联系人、联系方式）仅用于处理本次来信并与我联系；来信办结或不予受理满一年后删除，我也可以随时申请删除。',
    'zh-TW': '我同意：本頁填寫的個人資訊（聯絡人、聯絡方式）僅用於處理本次來信並與我聯繫；來信辦結或不予受理滿一年後刪除，我也可以隨時申請刪除。',
    en: 'I agree that the personal data on this page (contact person, phone or e-mail) is used only to handle this submission and to reach me; it is deleted one year after the submission is closed or not accepted, and I may ask for deletion at any time.',
  },
  challenge: { 'zh-CN': '人机验证：请计算', 'zh-TW': '人機驗證：請計算', en: 'Check that you are a person: what is' },
  send: { 'zh-CN': '提交', 'zh-TW': '提交', en: 'Send' },
  sent: { 'zh-CN': '已收到您的来信', 'zh-TW': '已收到您的來信', en: 'We received your submission' },
  trackingCode: { 'zh-CN': '您的查询码（只显示这一次，请妥善保存）：', 'zh-TW': '您的查詢碼（只顯示這一次，請妥善保存）：', en: 'Your tracking code (shown only this once, keep it):' },
  trackTitle: { 'zh-CN': '查询来信进度', 'zh-TW': '查詢來信進度', en: 'Follow a submission' },
  trackCode: { 'zh-CN': '查询码', 'zh-TW': '查詢碼', en: 'Tracking code' },
  trackButton: { 'zh-CN': '查询', 'zh-TW': '查詢', en: 'Look up' },
  notFound: { 'zh-CN': '没有找到这条来信', 'zh-TW': '沒有找到這條來信', en: 'No such submission' },
  erase: { 'zh-CN': '删除我的来信及个人信息', 'zh-TW': '刪除我的來信及個人資訊', en: 'Delete my submission and personal data' },
  erased: { 'zh-CN': '已按您的申请删除', 'zh-TW': '已依您的申請刪除', en: 'Deleted at your request' },
  interestTitle: { 'zh-CN': '表达投资意向', 'zh-TW': '表達投資意向', en: 'Express interest' },
  interestIntro: {
    'zh-CN': '提交后，项目所在区的招商部门会与您联系。',
    'zh-TW': '提交後，項目所在區的招商部門會與您聯繫。',
    en: 'The investment office of the district where it is will contact you.',
  },
  problemTitle: { 'zh-CN': '提交企业诉求', 'zh-TW': '提交企業訴求', en: 'Raise a problem' },
  problemIntro: {
    'zh-CN': '诉求将转给您选择的部门办理：1 个工作日内签收，并按类别在规定的工作日内答复。',
    'zh-TW': '訴求將轉給您選擇的部門辦理：1 個工作日內簽收，並按類別在規定的工作日內答覆。',
    en: 'Your problem goes to the department you choose: it signs for it within 1 working day and answers within the working days its category allows.',
  },
  category: { 'zh-CN': '类别', 'zh-TW': '類別', en: 'Category' },
  department: { 'zh-CN': '受理部门', 'zh-TW': '受理部門', en: 'Department' },
  choose: { 'zh-CN': '请选择', 'zh-TW': '請選擇', en: 'Choose' },
  mineTitle: { 'zh-CN': '我的来信', 'zh-TW': '我的來信', en: 'My submissions' },
  none: { 'zh-CN': '还没有来信', 'zh-TW': '還沒有來信', en: 'Nothing sent yet' },
  newProblem: { 'zh-CN': '提交新的诉求', 'zh-TW': '提交新的訴求', en: 'Raise a new problem' },
  kind: { 'zh-CN': '类型', 'zh-TW': '類型', en: 'Kind' },
  status: { 'zh-CN': '状态', 'zh-TW': '狀態', en: 'Status' },
  sentAt: { 'zh-CN': '提交时间', 'zh-TW': '提交時間', en: 'Sent' },
  history: { 'zh-CN': '处理记录', 'zh-TW': '處理記錄', en: 'History' },
  answerDue: { 'zh-CN': '答复期限', 'zh-TW': '答覆期限', en: 'Answer due' },
  answer: { 'zh-CN': '答复', 'zh-TW': '答覆', en: 'Answer' },
  signIn: { 'zh-CN': '请先登录企业账户', 'zh-TW': '請先登入企業帳戶', en: 'Sign in with your company account' },
  signInLink: { 'zh-CN': '登录企业账户', 'zh-TW': '登入企業帳戶', en: 'Sign in' },
  signUpLink: { 'zh-CN': '还没有账户？企业入驻', 'zh-TW': '還沒有帳戶？企業入駐', en: 'No account yet? Sign your company up' },
  tipInstead: { 'zh-CN': '不登录也可以投稿或提供线索', 'zh-TW': '不登入也可以投稿或提供線索', en: 'Or send a tip without an account' },
  errorTitle: { 'zh-CN': '未能提交', 'zh-TW': '未能提交', en: 'Not sent' },
} as const satisfies Record<string, Text>;
