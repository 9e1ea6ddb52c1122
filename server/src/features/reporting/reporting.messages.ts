import type { Locale } from '@hongtu/contracts';
import type { MessageCatalogue } from '../../platform/i18n/catalogue';
import { interpolate, type MessageParams } from '../../platform/i18n/interpolate';

/** Reporting periods, district-month submissions and their review. */
export const REPORTING_MESSAGES = {
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
  NOT_DUE: {
    'zh-CN': '{indicator}{frequency}报送，{period}不填报',
    'zh-TW': '{indicator}{frequency}報送，{period}不填報',
    en: '{indicator} is reported {frequency}; it is not reported for {period}',
  },
  VINTAGE_BACKWARDS: {
    'zh-CN': '{indicator}已是{from}数据，不能改回{to}；如需更正，请先申请修改并经市级同意',
    'zh-TW': '{indicator}已是{from}資料，不能改回{to}；如需更正，請先申請修改並經市級同意',
    en: '{indicator} is already a {from} figure and cannot go back to {to}; to correct it, request a revision and have the city grant it',
  },
  COMPARABLE_REASON_REQUIRED: {
    'zh-CN': '{indicator}填写了同口径上年同期或同口径增速，请说明口径调整原因',
    'zh-TW': '{indicator}填寫了同口徑上年同期或同口徑增速，請說明口徑調整原因',
    en: '{indicator}: an adjusted base or a comparable growth needs the reason for the adjustment',
  },
  NUMBER_MULTIPLIER_NOT_ALLOWED: {
    'zh-CN': '{indicator}以{unit}填报，“{value}”不能带“万”“亿”',
    'zh-TW': '{indicator}以{unit}填報，「{value}」不能帶「萬」「億」',
    en: '{indicator} is reported in {unit}: “{value}” cannot carry 万 or 亿',
  },
  NUMBER_UNIT_MISMATCH: {
    'zh-CN': '“{value}”的单位与{indicator}的单位（{unit}）不一致',
    'zh-TW': '「{value}」的單位與{indicator}的單位（{unit}）不一致',
    en: 'The unit of “{value}” does not match the unit of {indicator} ({unit})',
  },
  NO_COMPARABLE_BASIS: {
    'zh-CN': '{indicator}的增速不按总量计算，不能填写同口径上年同期或同口径增速',
    'zh-TW': '{indicator}的增速不按總量計算，不能填寫同口徑上年同期或同口徑增速',
    en: '{indicator}: its growth is not computed from amounts, so it takes no adjusted base or comparable growth',
  },
} satisfies MessageCatalogue;

/** How often an indicator is reported, as NOT_DUE says it (packages/domain frequency.ts). */
export const FREQUENCY_WORDS = {
  monthly: { 'zh-CN': '按月', 'zh-TW': '按月', en: 'monthly' },
  monthly_from_february: { 'zh-CN': '按月（自1-2月起）', 'zh-TW': '按月（自1-2月起）', en: 'monthly from January–February' },
  quarterly: { 'zh-CN': '按季', 'zh-TW': '按季', en: 'quarterly' },
  half_yearly: { 'zh-CN': '按半年', 'zh-TW': '按半年', en: 'half-yearly' },
  annual: { 'zh-CN': '按年', 'zh-TW': '按年', en: 'annually' },
} as const;

/** Consistency-check messages (dry run before submit and import). */
export const FINDING_MESSAGES = {
  DECREASING_YTD: {
    'zh-CN': '{indicator}累计值 {value} 低于上期（{period}）累计 {previous}，该指标累计值不能下降',
    'zh-TW': '{indicator}累計值 {value} 低於上期（{period}）累計 {previous}，該指標累計值不能下降',
    en: '{indicator}: year-to-date {value} is below the previous report\'s ({period}) {previous}; it cannot decrease',
  },
  YOY_MISMATCH: {
    'zh-CN': '{indicator}填报增速 {reported}% 与按去年同期计算的 {computed}% 相差超过 {tolerance} 个百分点；口径有调整的请填写同口径上年同期及原因，或在备注中说明',
    'zh-TW': '{indicator}填報增速 {reported}% 與按去年同期計算的 {computed}% 相差超過 {tolerance} 個百分點；口徑有調整的請填寫同口徑上年同期及原因，或在備註中說明',
    en: '{indicator}: reported growth {reported}% differs from {computed}% computed from last year by more than {tolerance} pp; give the adjusted base with its reason, or explain in the note',
  },
  COMPARABLE_MISMATCH: {
    'zh-CN': '{indicator}填报同口径增速 {reported}% 与按同口径上年同期计算的 {computed}% 相差超过 {tolerance} 个百分点，请核对或在备注中说明',
    'zh-TW': '{indicator}填報同口徑增速 {reported}% 與按同口徑上年同期計算的 {computed}% 相差超過 {tolerance} 個百分點，請核對或在備註中說明',
    en: '{indicator}: reported comparable growth {reported}% differs from {computed}% computed on the adjusted base by more than {tolerance} pp; check it or explain in the note',
  },
  MISSING_RATE: {
    'zh-CN': '缺少{indicator}按可比价计算的增速（总量可不填）',
    'zh-TW': '缺少{indicator}按可比價計算的增速（總量可不填）',
    en: '{indicator}: the growth at constant prices is missing (the amount may be left empty)',
  },
  YOY_MISMATCH_EXPLAINED: {
    'zh-CN': '{indicator}填报增速 {reported}% 与计算值 {computed}% 不一致，已说明：{note}',
    'zh-TW': '{indicator}填報增速 {reported}% 與計算值 {computed}% 不一致，已說明：{note}',
    en: '{indicator}: reported growth {reported}% differs from computed {computed}%; explained: {note}',
  },
  UNIT_SLIP: {
    'zh-CN': '{indicator}数值 {value} 约为{reference}的一万倍，疑似单位错误（万元/亿元），请核对',
    'zh-TW': '{indicator}數值 {value} 約為{reference}的一萬倍，疑似單位錯誤（萬元/億元），請核對',
    en: '{indicator}: {value} is about 10,000 times {reference}; check the unit (万元 vs 亿元)',
  },
  MISSING: {
    'zh-CN': '缺少{indicator}的累计值',
    'zh-TW': '缺少{indicator}的累計值',
    en: '{indicator}: the year-to-date value is missing',
  },
  OUT_OF_RANGE: {
    'zh-CN': '{indicator}数值 {value} 超出合理范围',
    'zh-TW': '{indicator}數值 {value} 超出合理範圍',
    en: '{indicator}: {value} is outside the plausible range',
  },
  NOT_WHOLE: {
    'zh-CN': '{indicator}为计数指标，数值 {value} 应为整数',
    'zh-TW': '{indicator}為計數指標，數值 {value} 應為整數',
    en: '{indicator} is a count; {value} should be a whole number',
  },
  PREVIOUS_REPORT: { 'zh-CN': '上期（{period}）', 'zh-TW': '上期（{period}）', en: 'the previous report ({period})' },
  LAST_YEAR: { 'zh-CN': '去年同期', 'zh-TW': '去年同期', en: 'last year' },
} satisfies MessageCatalogue;

export type FindingCode = keyof typeof FINDING_MESSAGES;

export function translateFinding(code: FindingCode, locale: Locale, params: MessageParams = {}): string {
  return interpolate(FINDING_MESSAGES[code][locale], params);
}
