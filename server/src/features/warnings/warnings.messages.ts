import type { Locale } from '@hongtu/contracts';
import { CARD_SEVERITY, cardColourLabel, type CardColour, type WarningRuleIssue } from '@hongtu/domain';
import type { LocalizedText } from '../../platform/i18n/catalogue';
import { interpolate } from '../../platform/i18n/interpolate';

/** Why a warning rule configuration is refused (details of PUT /api/warning-rules/:code). */
export const WARNING_RULE_ISSUE_MESSAGES = {
  empty_id: {
    'zh-CN': '预警规则缺少编码',
    'zh-TW': '預警規則缺少編碼',
    en: 'The warning rule has no code',
  },
  no_thresholds: {
    'zh-CN': '至少需要设置一个预警档位',
    'zh-TW': '至少需要設定一個預警檔位',
    en: 'Set at least one threshold',
  },
  duplicate_colour: {
    'zh-CN': '{colour}设置了多次，每种牌只能设置一个档位',
    'zh-TW': '{colour}設定了多次，每種牌只能設定一個檔位',
    en: 'The {colour} is set more than once; each card may have one threshold only',
  },
  unknown_colour: {
    'zh-CN': '未知的预警牌颜色：{colour}',
    'zh-TW': '未知的預警牌顏色：{colour}',
    en: 'Unknown card colour: {colour}',
  },
  min_months_invalid: {
    'zh-CN': '第 {position} 个档位的连续月数须为不小于 1 的整数',
    'zh-TW': '第 {position} 個檔位的連續月數須為不小於 1 的整數',
    en: 'Threshold {position}: the number of consecutive months must be a whole number of at least 1',
  },
} satisfies Record<WarningRuleIssue['code'], LocalizedText>;

const isCardColour = (colour: string): colour is CardColour => Object.hasOwn(CARD_SEVERITY, colour);

/** One issue in the caller's language; cards are named as everywhere else (packages/domain). */
export function translateWarningRuleIssue(issue: WarningRuleIssue, locale: Locale): string {
  const params: Record<string, string> = {};
  if ('colour' in issue) params.colour = isCardColour(issue.colour) ? cardColourLabel(issue.colour, locale) : issue.colour;
  if ('index' in issue) params.position = String(issue.index + 1);
  return interpolate(WARNING_RULE_ISSUE_MESSAGES[issue.code][locale], params);
}
