/** The investment feature's API messages, in the three languages (codes unique across features). */
export const INVESTMENT_MESSAGES = {
  INVESTMENT_AMOUNT_REQUIRED: {
    'zh-CN': '请填写金额（大于零）',
    'zh-TW': '請填寫金額（大於零）',
    en: 'Enter an amount greater than zero',
  },
  INVESTMENT_CREDIT_CODE_INVALID: {
    'zh-CN': '统一社会信用代码“{code}”校验位不正确，请核对',
    'zh-TW': '統一社會信用代碼「{code}」校驗位不正確，請核對',
    en: 'The unified social credit code "{code}" has a wrong check character',
  },
  INVESTMENT_PHONE_INVALID: {
    'zh-CN': '联系电话格式不正确（手机号或带区号的座机号）',
    'zh-TW': '聯絡電話格式不正確（手機號或帶區號的座機號）',
    en: 'The phone number is not valid (a mobile number or a landline with its area code)',
  },
  INVESTMENT_LEAD_STAGE: {
    'zh-CN': '线索处于“{from}”阶段，只能推进到下一阶段，不能改为“{to}”',
    'zh-TW': '線索處於「{from}」階段，只能推進到下一階段，不能改為「{to}」',
    en: 'The lead is at "{from}": it moves only to the next stage, not to "{to}"',
  },
  INVESTMENT_LEAD_NEEDS_CONTRACT: {
    'zh-CN': '进入“签约”阶段须登记签约合同',
    'zh-TW': '進入「簽約」階段須登記簽約合同',
    en: 'A lead reaches "signed" only when its signed contract is recorded',
  },
  INVESTMENT_LEAD_SIGNED: {
    'zh-CN': '该线索已登记签约合同',
    'zh-TW': '該線索已登記簽約合同',
    en: 'The lead already has its signed contract',
  },
  INVESTMENT_CURRENCY_MISMATCH: {
    'zh-CN': '{kind}合同金额应以{currency}计，请更正币种',
    'zh-TW': '{kind}合同金額應以{currency}計，請更正幣種',
    en: 'A {kind} contract is stated in {currency}: correct the currency',
  },
  INVESTMENT_FUND_KIND_MISMATCH: {
    'zh-CN': '“{kind}”不适用于以{currency}计的合同',
    'zh-TW': '「{kind}」不適用於以{currency}計的合同',
    en: '"{kind}" does not apply to a contract stated in {currency}',
  },
  INVESTMENT_FUND_MONTH: {
    'zh-CN': '到位资金月份{month}早于签约月份或晚于本月',
    'zh-TW': '到位資金月份{month}早於簽約月份或晚於本月',
    en: 'The month {month} is before the signing or after the current month',
  },
  INVESTMENT_ACTIVITY_INVALID: {
    'zh-CN': '所选招商活动不存在或不属于本区',
    'zh-TW': '所選招商活動不存在或不屬於本區',
    en: 'The investment activity chosen does not exist or is not of this district',
  },
  INVESTMENT_DATE_IN_FUTURE: {
    'zh-CN': '日期{date}晚于今天',
    'zh-TW': '日期{date}晚於今天',
    en: 'The date {date} is after today',
  },
  INVESTMENT_NOT_A_DISTRICT: {
    'zh-CN': '招商线索由区（功能区）登记',
    'zh-TW': '招商線索由區（功能區）登記',
    en: 'Investment leads are recorded by a district or functional zone',
  },
} as const;
