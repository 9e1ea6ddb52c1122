import type { WarningRuleConfig } from '@hongtu/contracts';
import {
  fx,
  fixedText,
  type MonthCondition,
  type WarningRule,
  type WarningRuleScope,
} from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { WarningRuleRow } from './warnings.table';

/**
 * Warning rules are stored as JSON with decimals as text (config_json); the rule's id is the
 * row's code. These functions translate between that JSON, the API shape and the domain rule.
 */
function scopeToConfig(scope: WarningRuleScope | undefined): WarningRuleConfig['scope'] {
  if (!scope) return undefined;
  return {
    ...(scope.indicatorCodes ? { indicatorCodes: [...scope.indicatorCodes] } : {}),
    ...(scope.orgLevels ? { orgLevels: [...scope.orgLevels] } : {}),
  };
}

function scopeToDomain(scope: WarningRuleConfig['scope']): { scope?: WarningRuleScope } {
  return scope ? { scope } : {};
}

/** Domain rule → configuration JSON (the id is dropped: it is the row's code). */
export function ruleToConfig(rule: WarningRule): WarningRuleConfig {
  const scope = scopeToConfig(rule.scope);
  if (rule.kind === 'metric_threshold') {
    return {
      kind: 'metric_threshold',
      metric: rule.metric,
      thresholds: rule.thresholds.map((t) => ({ colour: t.colour, op: t.op, value: fixedText(t.value) })),
      ...(scope ? { scope } : {}),
    };
  }
  const c = rule.condition;
  return {
    kind: 'consecutive_months',
    condition: c.kind === 'metric' ? { kind: 'metric', metric: c.metric, op: c.op, value: fixedText(c.value) } : { kind: c.kind },
    thresholds: rule.thresholds.map((t) => ({ colour: t.colour, minMonths: t.minMonths })),
    ...(scope ? { scope } : {}),
  };
}

/** Configuration JSON → domain rule with the given id. */
export function configToRule(code: string, config: WarningRuleConfig): WarningRule {
  if (config.kind === 'metric_threshold') {
    return {
      id: code,
      kind: 'metric_threshold',
      metric: config.metric,
      thresholds: config.thresholds.map((t) => ({ colour: t.colour, op: t.op, value: fx(t.value) })),
      ...scopeToDomain(config.scope),
    };
  }
  const c = config.condition;
  const condition: MonthCondition = c.kind === 'metric' ? { kind: 'metric', metric: c.metric, op: c.op, value: fx(c.value) } : { kind: c.kind };
  return {
    id: code,
    kind: 'consecutive_months',
    condition,
    thresholds: config.thresholds.map((t) => ({ colour: t.colour, minMonths: t.minMonths })),
    ...scopeToDomain(config.scope),
  };
}

export function rowConfig(row: Pick<WarningRuleRow, 'config_json'>): WarningRuleConfig {
  return JSON.parse(row.config_json) as WarningRuleConfig;
}

export function rowToRule(row: Pick<WarningRuleRow, 'code' | 'config_json'>): WarningRule {
  return configToRule(row.code, rowConfig(row));
}

/** The enabled rules, in a stable order; what the dashboards evaluate. */
export async function enabledWarningRules(exec: Executor): Promise<WarningRule[]> {
  const rows = await exec.selectFrom('warning_rules').select(['code', 'config_json']).where('enabled', '=', 1).orderBy('id').execute();
  return rows.map(rowToRule);
}
