import type { Locale } from '@hongtu/contracts';
import type { WarningRuleIssue } from '@hongtu/domain';

type Catalogue = Record<Locale, string>;

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
} satisfies Record<WarningRuleIssue['code'], Catalogue>;

const CARD_NAMES: Record<Locale, Record<string, string>> = {
  'zh-CN': { red: '红牌', yellow: '黄牌', watch: '关注' },
  'zh-TW': { red: '紅牌', yellow: '黃牌', watch: '關注' },
  en: { red: 'red card', yellow: 'yellow card', watch: 'watch card' },
};

/** One issue in the caller's language. */
export function translateWarningRuleIssue(issue: WarningRuleIssue, locale: Locale): string {
  const params: Record<string, string> = {};
  if ('colour' in issue) params.colour = CARD_NAMES[locale][issue.colour] ?? issue.colour;
  if ('index' in issue) params.position = String(issue.index + 1);
  return WARNING_RULE_ISSUE_MESSAGES[issue.code][locale].replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? '');
}
