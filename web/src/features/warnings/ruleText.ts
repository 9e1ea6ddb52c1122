// A warning rule's thresholds in words, e.g. "序时进度比低于 60% → 红牌" (DOMAIN.md "Warning rules in force somewhere").
import type { TFunction } from 'i18next';
import type { WarningRuleConfig } from '@hongtu/contracts';
import { formatCompact } from '@hongtu/domain';
import { dec } from '@hongtu/domain';

type T = TFunction<'warnings'>;
type Metric = Extract<WarningRuleConfig, { kind: 'metric_threshold' }>['metric'];

/** Points-behind thresholds are percentage points; the others are percent. */
function thresholdValue(metric: Metric, value: string, t: T): string {
  const text = formatCompact(dec(value));
  return metric === 'points_behind' ? `${text} ${t('rules.points')}` : `${text}%`;
}

/** The condition a consecutive-months rule counts. */
export function describeCondition(config: Extract<WarningRuleConfig, { kind: 'consecutive_months' }>, t: T): string {
  const c = config.condition;
  if (c.kind !== 'metric') return t(`rules.conditions.${c.kind}`);
  return t('rules.conditions.metric', { metric: t(`rules.metricNames.${c.metric}`), op: t(`rules.ops.${c.op}`), value: thresholdValue(c.metric, c.value, t) });
}

/** One line per threshold, in the order the rule checks them. */
export function describeThresholds(config: WarningRuleConfig, t: T): string[] {
  if (config.kind === 'metric_threshold') {
    return config.thresholds.map((th) =>
      t('rules.metricThreshold', {
        metric: t(`rules.metricNames.${config.metric}`),
        op: t(`rules.ops.${th.op}`),
        value: thresholdValue(config.metric, th.value, t),
        colour: t(`cards.${th.colour}`),
      }),
    );
  }
  return config.thresholds.map((th) => t('rules.runThreshold', { months: th.minMonths, colour: t(`cards.${th.colour}`) }));
}

const DECIMAL = /^-?\d{1,13}(\.\d{1,6})?$/;

export type RuleIssue = 'no_thresholds' | 'duplicate_colour' | 'bad_value' | 'bad_months';

/** What the server would refuse, checked before sending (the server checks again). */
export function ruleIssues(config: WarningRuleConfig): RuleIssue[] {
  const issues = new Set<RuleIssue>();
  if (config.thresholds.length === 0) issues.add('no_thresholds');
  const colours = config.thresholds.map((th) => th.colour);
  if (new Set(colours).size !== colours.length) issues.add('duplicate_colour');
  for (const th of config.thresholds) {
    if ('value' in th && !DECIMAL.test(th.value)) issues.add('bad_value');
    if ('minMonths' in th && (!Number.isInteger(th.minMonths) || th.minMonths < 1 || th.minMonths > 24)) issues.add('bad_months');
  }
  if (config.kind === 'consecutive_months' && config.condition.kind === 'metric' && !DECIMAL.test(config.condition.value)) issues.add('bad_value');
  return [...issues];
}
