import { describe, expect, it } from 'vitest';
import { localeSchema } from '@hongtu/contracts';
import { WARNING_RULE_ISSUE_MESSAGES, translateWarningRuleIssue } from './warnings.messages';

describe('warning rule issue messages', () => {
  it('words every issue in every language, with its parameters filled in', () => {
    for (const locale of localeSchema.options) {
      for (const code of Object.keys(WARNING_RULE_ISSUE_MESSAGES) as (keyof typeof WARNING_RULE_ISSUE_MESSAGES)[]) {
        const issue = code === 'duplicate_colour' || code === 'unknown_colour' ? { code, colour: 'yellow' } : code === 'min_months_invalid' ? { code, index: 1 } : { code };
        const text = translateWarningRuleIssue(issue, locale);
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]/);
        expect(text.length).toBeGreaterThan(3);
      }
    }
    expect(translateWarningRuleIssue({ code: 'min_months_invalid', index: 1 }, 'zh-CN')).toBe('第 2 个档位的连续月数须为不小于 1 的整数');
    expect(translateWarningRuleIssue({ code: 'unknown_colour', colour: 'blue' }, 'en')).toBe('Unknown card colour: blue');
    expect(translateWarningRuleIssue({ code: 'duplicate_colour', colour: 'watch' }, 'zh-TW')).toBe('列入觀察設定了多次，每種牌只能設定一個檔位');
  });
});
