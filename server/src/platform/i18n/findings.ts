import type { Locale } from '@hongtu/contracts';

type Catalogue = Record<Locale, string>;

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
} satisfies Record<string, Catalogue>;

export type FindingCode = keyof typeof FINDING_MESSAGES;

export function translateFinding(code: FindingCode, locale: Locale, params: Record<string, string | number> = {}): string {
  return FINDING_MESSAGES[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
