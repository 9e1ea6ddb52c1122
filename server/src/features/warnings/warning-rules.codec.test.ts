import { describe, expect, it } from 'vitest';
import { PROJECT_INDICATOR_SET, WARNING_PRESET_IDS, WARNING_PRESETS, fx, type WarningRule } from '@hongtu/domain';
import { configToRule, ruleToConfig } from './warning-rules.codec';
import { defaultWarningRuleRows } from './warning-rules.seed';

const plain = (rule: WarningRule) => JSON.parse(JSON.stringify(rule, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))) as unknown;

describe('warning rule codec', () => {
  it('round-trips every preset rule through its stored configuration', () => {
    for (const preset of WARNING_PRESET_IDS) {
      for (const rule of WARNING_PRESETS[preset]) {
        const config = JSON.parse(JSON.stringify(ruleToConfig(rule))) as ReturnType<typeof ruleToConfig>;
        expect(plain(configToRule(rule.id, config)), rule.id).toEqual(plain(rule));
      }
    }
  });

  it('keeps decimals as exact text and a scope when there is one', () => {
    const rule: WarningRule = {
      id: 'x', kind: 'metric_threshold', metric: 'points_behind',
      thresholds: [{ colour: 'yellow', op: 'gte', value: fx('10.5') }], scope: { indicatorCodes: ['gdp'] },
    };
    expect(ruleToConfig(rule)).toEqual({
      kind: 'metric_threshold', metric: 'points_behind', thresholds: [{ colour: 'yellow', op: 'gte', value: '10.5' }], scope: { indicatorCodes: ['gdp'] },
    });
  });

  it('seeds every preset rule, with the Wuhan 60 % / 80 % rule (for the investment indicators) and the target defaults enabled', () => {
    const rows = defaultWarningRuleRows('2026-01-01T00:00:00.000Z');
    expect(rows.map((r) => r.code)).toEqual(WARNING_PRESET_IDS.flatMap((p) => WARNING_PRESETS[p].map((r) => r.id)));
    expect(rows.filter((r) => r.enabled === 1).map((r) => r.code)).toEqual(['wuhan.progress_ratio', 'targets.growth_shortfall', 'targets.not_met']);
    expect(JSON.parse(rows[0]!.config_json)).toEqual({
      kind: 'metric_threshold', metric: 'progress_ratio',
      thresholds: [{ colour: 'red', op: 'lt', value: '60' }, { colour: 'yellow', op: 'lt', value: '80' }],
      scope: { indicatorCodes: [...PROJECT_INDICATOR_SET] },
    });
  });
});
