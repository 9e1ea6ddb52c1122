import { describe, expect, it } from 'vitest';
import type { WarningRuleConfig } from '@hongtu/contracts';
import { i18n } from '../../app/i18n';
import { describeCondition, describeIndicatorSet, describeThresholds, ruleIssues } from './ruleText';

const t = i18n.getFixedT('zh-CN', 'warnings');

const wuhan: WarningRuleConfig = {
  kind: 'metric_threshold',
  metric: 'progress_ratio',
  thresholds: [
    { colour: 'red', op: 'lt', value: '60' },
    { colour: 'yellow', op: 'lt', value: '80' },
  ],
};

describe('rule text', () => {
  it('says the Wuhan preset the way the notice does', () => {
    expect(describeThresholds(wuhan, t)).toEqual(['时序进度比低于 60% → 红牌', '时序进度比低于 80% → 黄牌']);
  });

  it('writes percentage points for points behind time progress (Yinchuan)', () => {
    const yinchuan: WarningRuleConfig = { kind: 'metric_threshold', metric: 'points_behind', thresholds: [{ colour: 'red', op: 'gt', value: '30.00' }] };
    expect(describeThresholds(yinchuan, t)).toEqual(['落后时序进度超过 30 个百分点 → 红牌']);
  });

  it('describes months-in-a-row rules and their condition (Sanya)', () => {
    const sanya: WarningRuleConfig = {
      kind: 'consecutive_months',
      condition: { kind: 'metric', metric: 'monthly_task_completion', op: 'lt', value: '100' },
      thresholds: [{ colour: 'red', minMonths: 2 }, { colour: 'yellow', minMonths: 1 }],
    };
    expect(describeThresholds(sanya, t)).toEqual(['连续 2 个月 → 红牌', '连续 1 个月 → 黄牌']);
    if (sanya.kind === 'consecutive_months') expect(describeCondition(sanya, t)).toBe('当月任务完成率低于100%');
  });

  it('writes percentage points for a growth short of its target, and names a ceiling rule\'s condition', () => {
    const growth: WarningRuleConfig = { kind: 'metric_threshold', metric: 'growth_shortfall', thresholds: [{ colour: 'red', op: 'gt', value: '2' }, { colour: 'yellow', op: 'gt', value: '0' }] };
    expect(describeThresholds(growth, t)).toEqual(['落后增长目标超过 2 个百分点 → 红牌', '落后增长目标超过 0 个百分点 → 黄牌']);
    const ceiling: WarningRuleConfig = { kind: 'consecutive_months', condition: { kind: 'target_not_met' }, thresholds: [{ colour: 'red', minMonths: 3 }] };
    if (ceiling.kind === 'consecutive_months') expect(describeCondition(ceiling, t)).toBe('控制目标或比率目标未达到');
  });

  it('names the indicator set a rule applies to, or none for every indicator', () => {
    const names = new Map([['fixed_asset_investment', '固定资产投资']]);
    expect(describeIndicatorSet({ ...wuhan, scope: { indicatorCodes: ['fixed_asset_investment', 'fdi'] } }, names)).toEqual(['固定资产投资', 'fdi']);
    expect(describeIndicatorSet(wuhan, names)).toBeNull();
    expect(describeIndicatorSet({ ...wuhan, scope: { indicatorCodes: [] } }, names)).toBeNull();
  });

  it('finds what the server would refuse', () => {
    expect(ruleIssues(wuhan)).toEqual([]);
    expect(ruleIssues({ ...wuhan, thresholds: [] })).toEqual(['no_thresholds']);
    expect(ruleIssues({ ...wuhan, thresholds: [{ colour: 'red', op: 'lt', value: '60' }, { colour: 'red', op: 'lt', value: '6O' }] })).toEqual([
      'duplicate_colour',
      'bad_value',
    ]);
    expect(ruleIssues({ kind: 'consecutive_months', condition: { kind: 'planned_not_started' }, thresholds: [{ colour: 'red', minMonths: 0 }] })).toEqual(['bad_months']);
  });
});
