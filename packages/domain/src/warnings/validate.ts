// Checks a configured warning rule before it is saved or used (rules are data, configured by the
// city: DOMAIN.md "Warning rules").
import { CARD_SEVERITY, type WarningRule } from './types';

export type WarningRuleIssue =
  | { code: 'empty_id' }
  | { code: 'no_thresholds' }
  | { code: 'duplicate_colour'; colour: string }
  | { code: 'unknown_colour'; colour: string }
  | { code: 'min_months_invalid'; index: number };

export function validateWarningRule(rule: WarningRule): WarningRuleIssue[] {
  const issues: WarningRuleIssue[] = [];
  if (rule.id.trim() === '') issues.push({ code: 'empty_id' });
  if (rule.thresholds.length === 0) issues.push({ code: 'no_thresholds' });
  const seen = new Set<string>();
  rule.thresholds.forEach((threshold, index) => {
    const colour: string = threshold.colour;
    if (!(colour in CARD_SEVERITY)) issues.push({ code: 'unknown_colour', colour });
    if (seen.has(colour)) issues.push({ code: 'duplicate_colour', colour });
    seen.add(colour);
    if ('minMonths' in threshold && (!Number.isInteger(threshold.minMonths) || threshold.minMonths < 1)) {
      issues.push({ code: 'min_months_invalid', index });
    }
  });
  return issues;
}
