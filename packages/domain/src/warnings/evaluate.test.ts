import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { fx } from '../fixed-point';
import { period } from '../periods';
import { evaluateRule, evaluateWarnings, isInScope, mostSevereCard } from './evaluate';
import { history } from './test-helpers';
import type { WarningRule } from './types';
import { validateWarningRule } from './validate';

const ratioRule: WarningRule = {
  id: 'ratio',
  kind: 'metric_threshold',
  metric: 'progress_ratio',
  // Listed mildest first on purpose: the engine must still pick the most severe.
  thresholds: [
    { colour: 'watch', op: 'lt', value: fx(90) },
    { colour: 'yellow', op: 'lt', value: fx(80) },
    { colour: 'red', op: 'lt', value: fx(60) },
  ],
};

describe('evaluateRule', () => {
  it('picks the most severe matching threshold whatever the configured order', () => {
    expect(evaluateRule(ratioRule, history([{ month: 6, completion: 25 }]))?.colour).toBe('red');
    expect(evaluateRule(ratioRule, history([{ month: 6, completion: 35 }]))?.colour).toBe('yellow');
    expect(evaluateRule(ratioRule, history([{ month: 6, completion: 42 }]))?.colour).toBe('watch');
    expect(evaluateRule(ratioRule, history([{ month: 6, completion: 45 }]))).toBeNull();
  });

  it('returns a full card with subject, period and JSON-safe reason', () => {
    const card = evaluateRule(ratioRule, history([{ month: 2, completion: '12.85' }], 2024, { projectId: 'p1' }));
    expect(card).toMatchObject({
      colour: 'yellow',
      ruleId: 'ratio',
      orgId: 'wuchang',
      orgLevel: 'district',
      indicatorCode: 'fixed_asset_investment',
      projectId: 'p1',
      period: { year: 2024, month: 2 },
      reason: { code: 'progress_ratio', params: { colour: 'yellow', op: 'lt', threshold: '80', completion: '12.85', value: '77.1' } },
    });
    expect(card?.reason.code === 'progress_ratio' && card.reason.params.timeProgress).toBe('16.666667');
    expect(JSON.parse(JSON.stringify(card?.reason))).toEqual(card?.reason);
  });

  it('evaluates the latest month by default, or the month asked for', () => {
    const h = history([
      { month: 5, completion: 10 },
      { month: 6, completion: 48 },
    ]);
    expect(evaluateRule(ratioRule, h)).toBeNull();
    expect(evaluateRule(ratioRule, h, period(2024, 5))?.colour).toBe('red');
    expect(evaluateRule(ratioRule, h, period(2024, 7))).toBeNull();
  });

  it('raises nothing without data', () => {
    expect(evaluateRule(ratioRule, history([]))).toBeNull();
    expect(evaluateRule(ratioRule, history([{ month: 6 }]))).toBeNull();
    expect(evaluateRule(ratioRule, history([{ month: 1, completion: 0, timeProgress: 0 }]))).toBeNull();
  });

  it('makes "N months in a row" out of any metric condition', () => {
    const rule: WarningRule = {
      id: 'lagging_three_months',
      kind: 'consecutive_months',
      condition: { kind: 'metric', metric: 'progress_ratio', op: 'lt', value: fx(80) },
      thresholds: [{ colour: 'red', minMonths: 3 }],
    };
    const two = history([
      { month: 4, completion: 20 },
      { month: 5, completion: 25 },
    ]);
    expect(evaluateRule(rule, two)).toBeNull();
    const three = history([
      { month: 3, completion: 10 },
      { month: 4, completion: 20 },
      { month: 5, completion: 25 },
    ]);
    const card = evaluateRule(rule, three);
    expect(card).toMatchObject({
      colour: 'red',
      reason: { code: 'metric_run', params: { months: 3, minMonths: 3, metric: 'progress_ratio', op: 'lt', threshold: '80' } },
    });
  });
});

describe('scope', () => {
  it('filters by indicator code and organisation level; empty lists mean all', () => {
    const subject = { orgId: 'x', orgLevel: 'district' as const, indicatorCode: 'gdp' };
    expect(isInScope(undefined, subject)).toBe(true);
    expect(isInScope({ indicatorCodes: [], orgLevels: [] }, subject)).toBe(true);
    expect(isInScope({ indicatorCodes: ['gdp'] }, subject)).toBe(true);
    expect(isInScope({ indicatorCodes: ['fai'] }, subject)).toBe(false);
    expect(isInScope({ orgLevels: ['street'] }, subject)).toBe(false);
    expect(isInScope({ indicatorCodes: ['gdp'], orgLevels: ['district', 'street'] }, subject)).toBe(true);
  });

  it('out-of-scope rules raise no card', () => {
    const rule: WarningRule = { ...ratioRule, scope: { orgLevels: ['street'] } };
    expect(evaluateRule(rule, history([{ month: 6, completion: 1 }]))).toBeNull();
  });
});

describe('evaluateWarnings and mostSevereCard', () => {
  it('sorts cards most severe first and finds the worst', () => {
    const mild: WarningRule = { id: 'mild', kind: 'metric_threshold', metric: 'completion_rate', thresholds: [{ colour: 'watch', op: 'lt', value: fx(100) }] };
    const cards = evaluateWarnings([mild, ratioRule], history([{ month: 6, completion: 25 }]));
    expect(cards.map((c) => [c.ruleId, c.colour])).toEqual([
      ['ratio', 'red'],
      ['mild', 'watch'],
    ]);
    expect(mostSevereCard(cards)?.ruleId).toBe('ratio');
    expect(mostSevereCard([])).toBeNull();
  });

  it('property: a higher completion never gets a more severe card', () => {
    const severity = { none: 0, watch: 1, yellow: 2, red: 3 } as const;
    const pct = fc.integer({ min: 0, max: 15000 }).map((n) => n / 100);
    fc.assert(
      fc.property(pct, pct, fc.integer({ min: 1, max: 12 }), (a, b, month) => {
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const lowCard = evaluateRule(ratioRule, history([{ month, completion: low }]))?.colour ?? 'none';
        const highCard = evaluateRule(ratioRule, history([{ month, completion: high }]))?.colour ?? 'none';
        expect(severity[highCard]).toBeLessThanOrEqual(severity[lowCard]);
      }),
    );
  });
});

describe('validateWarningRule', () => {
  it('reports configuration mistakes', () => {
    expect(validateWarningRule({ id: ' ', kind: 'metric_threshold', metric: 'completion_rate', thresholds: [] })).toEqual([
      { code: 'empty_id' },
      { code: 'no_thresholds' },
    ]);
    expect(
      validateWarningRule({
        id: 'r',
        kind: 'consecutive_months',
        condition: { kind: 'planned_not_started' },
        thresholds: [
          { colour: 'red', minMonths: 0 },
          { colour: 'red', minMonths: 2.5 },
        ],
      }),
    ).toEqual([
      { code: 'min_months_invalid', index: 0 },
      { code: 'duplicate_colour', colour: 'red' },
      { code: 'min_months_invalid', index: 1 },
    ]);
  });
});
