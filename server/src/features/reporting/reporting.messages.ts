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
} satisfies MessageCatalogue;

/** Consistency-check messages (dry run before submit and import). */
export const FINDING_MESSAGES = {
  DECREASING_YTD: {
    'zh-CN': '{indicator}累计值 {value} 低于上月累计 {previous}，该指标累计值不能下降',
    'zh-TW': '{indicator}累計值 {value} 低於上月累計 {previous}，該指標累計值不能下降',
    en: '{indicator}: year-to-date {value} is below last month\'s {previous}; it cannot decrease',
  },
  YOY_MISMATCH: {
    'zh-CN': '{indicator}填报增速 {reported}% 与按去年同期计算的 {computed}% 相差超过 {tolerance} 个百分点，请在备注中说明同口径情况',
    'zh-TW': '{indicator}填報增速 {reported}% 與按去年同期計算的 {computed}% 相差超過 {tolerance} 個百分點，請在備註中說明同口徑情況',
    en: '{indicator}: reported growth {reported}% differs from {computed}% computed from last year by more than {tolerance} pp; explain the comparable basis in the note',
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
  LAST_MONTH: { 'zh-CN': '上月', 'zh-TW': '上月', en: 'last month' },
  LAST_YEAR: { 'zh-CN': '去年同期', 'zh-TW': '去年同期', en: 'last year' },
} satisfies MessageCatalogue;

export type FindingCode = keyof typeof FINDING_MESSAGES;

export function translateFinding(code: FindingCode, locale: Locale, params: MessageParams = {}): string {
  return interpolate(FINDING_MESSAGES[code][locale], params);
}
