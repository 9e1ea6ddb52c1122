// A warning rule's thresholds in words, e.g. "时序进度比低于 60% → 红牌" (DOMAIN.md "Warning rules in force somewhere").
import type { TFunction } from 'i18next';
import { warningRuleConfigSchema, type WarningRuleConfig } from '@hongtu/contracts';
import { dec, formatCompact } from '@hongtu/domain';

type T = TFunction<'warnings'>;
type Metric = Extract<WarningRuleConfig, { kind: 'metric_threshold' }>['metric'];

/** Points-behind and growth-shortfall thresholds are percentage points; the others are percent. */
export function inPoints(metric: Metric): boolean {
  return metric === 'points_behind' || metric === 'growth_shortfall';
}

function thresholdValue(metric: Metric, value: string, t: T): string {
  const text = formatCompact(dec(value));
  return inPoints(metric) ? `${text} ${t('rules.points')}` : `${text}%`;
}

/** The indicator set a rule applies to, named in the reader's language; null when it applies to every indicator. */
export function describeIndicatorSet(config: WarningRuleConfig, names: ReadonlyMap<string, string>): string[] | null {
  const codes = config.scope?.indicatorCodes ?? [];
  return codes.length === 0 ? null : codes.map((code) => names.get(code) ?? code);
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

export type RuleIssue = 'no_thresholds' | 'duplicate_colour' | 'bad_value' | 'bad_months';

/** What the server would refuse, checked before sending (the server checks again). */
export function ruleIssues(config: WarningRuleConfig): RuleIssue[] {
  const issues = new Set<RuleIssue>();
  if (config.thresholds.length === 0) issues.add('no_thresholds');
  const colours = config.thresholds.map((th) => th.colour);
  if (new Set(colours).size !== colours.length) issues.add('duplicate_colour');
  // Values and month counts as the API's schema checks them (decimal text, 1–24 months).
  const parsed = warningRuleConfigSchema.safeParse(config);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[issue.path.length - 1];
    if (field === 'value') issues.add('bad_value');
    if (field === 'minMonths') issues.add('bad_months');
  }
  return [...issues];
}
