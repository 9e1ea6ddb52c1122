import { describe, it, expect } from 'vitest';
import { dec } from '../decimal';
import { evaluateWarnings } from './evaluate';
import { fx } from '../fixed-point';
import { period } from '../periods';
import { describeReason } from './describe';
import { PROJECT_INDICATOR_SET, WARNING_PRESETS, WARNING_PRESET_IDS, WARNING_PRESET_NAMES, presetWithScope } from './presets';
import { history } from './test-helpers';
import { validateWarningRule } from './validate';

function colour(rules: typeof WARNING_PRESETS.wuhan_major_projects, h: ReturnType<typeof history>): string | null {
  return evaluateWarnings(rules, h)[0]?.colour ?? null;
}

describe('all presets', () => {
  it('are valid rules with names in every locale', () => {
    for (const id of WARNING_PRESET_IDS) {
      for (const rule of WARNING_PRESETS[id]) expect(validateWarningRule(rule)).toEqual([]);
      expect(WARNING_PRESET_NAMES[id]['zh-CN']).not.toBe('');
    }
  });

  it('can be restricted to a scope', () => {
    const rules = presetWithScope('wuhan_major_projects', { indicatorCodes: ['gdp'] });
    const behind = history([{ month: 6, completion: 10 }]);
    expect(evaluateWarnings(rules, behind)).toEqual([]);
    expect(evaluateWarnings(rules, { ...behind, indicatorCode: 'gdp' })).toHaveLength(1);
    expect(WARNING_PRESETS.wuhan_major_projects[0]?.scope).toEqual({ indicatorCodes: PROJECT_INDICATOR_SET });
  });

  it('the major-project rules apply to the investment indicators by default, never to GDP', () => {
    const behind = history([{ month: 6, completion: 10, plannedToStart: true, started: false }]);
    for (const id of ['wuhan_major_projects', 'yinchuan_traffic_lights'] as const) {
      expect(evaluateWarnings(WARNING_PRESETS[id], behind).length, id).toBeGreaterThan(0);
      expect(evaluateWarnings(WARNING_PRESETS[id], { ...behind, indicatorCode: 'gdp' }), id).toEqual([]);
      expect(evaluateWarnings(WARNING_PRESETS[id], { ...behind, indicatorCode: 'retail_sales' }), id).toEqual([]);
    }
    expect(PROJECT_INDICATOR_SET).not.toContain('gdp');
  });
});

describe('Growth targets and ceilings (Hongtu defaults)', () => {
  const rules = WARNING_PRESETS.target_defaults;
  const growth = (g: string, target: string, comparator: 'ge' | 'le' = 'ge') =>
    history([{ month: 6, growth: fx(g), growthTarget: fx(target), growthComparator: comparator }], 2024, { indicatorCode: 'gdp' });

  it.each([
    ['6.5', '6.5', null], // on target: met
    ['6.6', '6.5', null],
    ['6.4', '6.5', 'yellow'],
    ['4.5', '6.5', 'yellow'], // exactly 2 pp short: not "more than 2"
    ['4.4', '6.5', 'red'],
  ])('GDP growth %s %% against 增长%s%% → %s', (g, target, expected) => {
    expect(colour(rules, growth(g, target))).toBe(expected);
  });

  it('reads a decline target (能耗下降3%: growth ≤ −3) the other way round', () => {
    expect(colour(rules, growth('-3.5', '-3', 'le'))).toBeNull();
    expect(colour(rules, growth('-2', '-3', 'le'))).toBe('yellow');
    expect(colour(rules, growth('0', '-3', 'le'))).toBe('red');
  });

  it('says why in words', () => {
    const [card] = evaluateWarnings(rules, growth('5.9', '6.5'));
    expect(describeReason(card!.reason, 'zh-CN')).toBe('增速5.9%，增长目标不低于6.5%，落后目标0.6个百分点（超过0个百分点）→ 黄牌');
    expect(describeReason(card!.reason, 'en')).toBe('Growth 5.9%, target at least 6.5%: 0.6 pp short (more than 0 pp) → yellow card');
  });

  it('cards a ceiling not met (失业率控制在3.2%以内): yellow, red after three months in a row, across New Year', () => {
    const month = (year: number, m: number, targetMet: boolean) => ({ period: period(year, m), targetMet });
    const subject = { orgId: 'wuchang', orgLevel: 'district' as const, indicatorCode: 'registered_unemployment_rate' };
    expect(evaluateWarnings(rules, { ...subject, months: [month(2024, 6, true)] })).toEqual([]);
    expect(evaluateWarnings(rules, { ...subject, months: [month(2024, 6, false)] })[0]?.colour).toBe('yellow');
    const run = { ...subject, months: [month(2023, 11, false), month(2023, 12, false), month(2024, 1, false)] };
    const [card] = evaluateWarnings(rules, run);
    expect(card?.colour).toBe('red');
    expect(describeReason(card!.reason, 'zh-CN')).toBe('未达到目标要求，已连续3个月→ 红牌');
    // Unknown is not "not met".
    expect(evaluateWarnings(rules, { ...subject, months: [{ period: period(2024, 6) }] })).toEqual([]);
  });
});

describe('Wuhan major projects: red below 60 % of time progress, yellow below 80 %', () => {
  const rules = WARNING_PRESETS.wuhan_major_projects;
  // June: time progress 50 %, so ratio = completion × 2.
  it.each([
    ['29.99', 'red'],
    ['30', 'yellow'], // exactly 60 % of time progress is not "below 60 %"
    ['39.99', 'yellow'],
    ['40', null], // exactly 80 %: no card
    ['50', null],
    ['0', 'red'],
  ])('completion %s %% in June → %s', (completion, expected) => {
    expect(colour(rules, history([{ month: 6, completion }]))).toBe(expected);
  });

  it('DOMAIN.md example: 12.85 % at end of February is a yellow card (ratio 77.1 %)', () => {
    const [card] = evaluateWarnings(rules, history([{ month: 2, completion: '12.85' }]));
    expect(card?.colour).toBe('yellow');
    expect(card?.ruleId).toBe('wuhan.progress_ratio');
    expect(card?.reason.code).toBe('progress_ratio');
    if (card?.reason.code === 'progress_ratio') expect(dec(card.reason.params.value).toDecimalPlaces(1).toFixed()).toBe('77.1');
  });
});

describe('Yinchuan traffic lights', () => {
  const rules = WARNING_PRESETS.yinchuan_traffic_lights;

  it.each([
    ['45', null], // 5 pp behind
    ['40.01', null], // 9.99 pp behind
    ['40', 'yellow'], // exactly 10 pp behind: "10–30" includes 10
    ['20', 'yellow'], // exactly 30 pp behind: still yellow
    ['19.99', 'red'], // 30.01 pp behind: "more than 30"
    ['60', null], // ahead
  ])('completion %s %% in June (time progress 50 %%) → %s', (completion, expected) => {
    expect(colour(rules, history([{ month: 6, completion }]))).toBe(expected);
  });

  it('planned to start and not started: yellow for 1–2 months, red from the 3rd consecutive month', () => {
    const notStarted = { plannedToStart: true, started: false };
    expect(colour(rules, history([{ month: 4, ...notStarted }]))).toBe('yellow');
    expect(colour(rules, history([{ month: 4, ...notStarted }, { month: 5, ...notStarted }]))).toBe('yellow');
    const three = history([{ month: 4, ...notStarted }, { month: 5, ...notStarted }, { month: 6, ...notStarted }]);
    expect(colour(rules, three)).toBe('red');
  });

  it('no card once the project has started, nor before it was due', () => {
    expect(colour(rules, history([{ month: 4, plannedToStart: true, started: true, inStatistics: true }]))).toBeNull();
    expect(colour(rules, history([{ month: 4, plannedToStart: false, started: false }]))).toBeNull();
    // Unknown start status is not "not started".
    expect(colour(rules, history([{ month: 4, plannedToStart: true }]))).toBeNull();
  });

  it('a started month in between resets the run', () => {
    const h = history([
      { month: 3, plannedToStart: true, started: false },
      { month: 4, plannedToStart: true, started: false },
      { month: 5, plannedToStart: true, started: true, inStatistics: true },
      { month: 6, plannedToStart: true, started: false },
    ]);
    expect(colour(rules, h)).toBe('yellow');
  });

  it('started but not in statistics: yellow for one or two months, red over two months', () => {
    const pending = { started: true, inStatistics: false };
    expect(colour(rules, history([{ month: 7, ...pending }]))).toBe('yellow');
    expect(colour(rules, history([{ month: 7, ...pending }, { month: 8, ...pending }]))).toBe('yellow');
    expect(colour(rules, history([{ month: 7, ...pending }, { month: 8, ...pending }, { month: 9, ...pending }]))).toBe('red');
    expect(colour(rules, history([{ month: 7, started: true, inStatistics: true }]))).toBeNull();
  });
});

describe('Sanya', () => {
  const rules = WARNING_PRESETS.sanya;

  it.each([
    ['50', null], // level with time progress
    ['49.99', 'yellow'], // slightly behind
    ['25', 'yellow'], // exactly 50 % behind: "up to 50 %" is yellow
    ['24.99', 'red'], // more than 50 % behind
    ['80', null],
  ])('completion %s %% in June → %s', (completion, expected) => {
    expect(colour(rules, history([{ month: 6, completion }]))).toBe(expected);
  });

  it('district missing its monthly task: yellow, two consecutive months red', () => {
    expect(colour(rules, history([{ month: 5, monthlyTaskCompletion: 100 }, { month: 6, monthlyTaskCompletion: 95 }]))).toBe('yellow');
    expect(colour(rules, history([{ month: 5, monthlyTaskCompletion: 99 }, { month: 6, monthlyTaskCompletion: 95 }]))).toBe('red');
    expect(colour(rules, history([{ month: 5, monthlyTaskCompletion: 80 }, { month: 6, monthlyTaskCompletion: 100 }]))).toBeNull();
  });
});

describe('County monthly task: under 80 % watch list, under 60 % yellow', () => {
  const rules = WARNING_PRESETS.county_monthly_task;
  it.each([
    ['100', null],
    ['80', null], // exactly 80 % is not "under 80 %"
    ['79.99', 'watch'],
    ['60', 'watch'],
    ['59.99', 'yellow'],
    ['0', 'yellow'],
  ])('monthly task completion %s %% → %s', (value, expected) => {
    expect(colour(rules, history([{ month: 3, monthlyTaskCompletion: value }]))).toBe(expected);
  });
});
