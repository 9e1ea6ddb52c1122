import { describe, expect, it } from 'vitest';
import { WARNING_PRESETS, fx, period, type WarningRule } from '@hongtu/domain';
import { cardMonths, cardsFor } from './cards';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';

const gdp = indicator(1, 'fixed_asset_investment');
const wuchang = org(6, '武昌区');

describe('cardsFor with the Wuhan rule (red below 60 % of time progress, yellow below 80 %)', () => {
  const at = (ytd: string, ind = gdp) =>
    cardsFor(dataset({ universe: [wuchang], indicators: [ind], figures: [fig(6, ind.id, 2026, 2, ytd)], targets: [target(6, ind.id, '100')] }), ind, 6, 2026, 2);

  it('cards by progress ratio with the reason', () => {
    expect(at('12.85').map((c) => c.colour)).toEqual(['yellow']);
    expect(at('12.85')[0]!.reason).toMatchObject({ code: 'progress_ratio', params: { completion: '12.85', timeProgress: '16.666667', value: '77.1' } });
    expect(at('9').map((c) => c.colour)).toEqual(['red']);
    expect(at('14')).toEqual([]);
  });

  it('does not card exactly 80 % of time progress ("below 80 %" is strict)', () => {
    const schedule = { kind: 'quarterly' as const, shares: ['30', '50', '75', '100'] };
    const exact = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '16')], targets: [target(6, 1, '100', schedule)] });
    expect(cardsFor(exact, gdp, 6, 2026, 2)).toEqual([]);
    const linear = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '16')], targets: [target(6, 1, '120')] });
    expect(cardsFor(linear, gdp, 6, 2026, 2)).toEqual([]);
  });

  it('never cards a ceiling by time progress, nor indicators without a target or months without a figure', () => {
    const ceiling = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '1')], targets: [target(6, 1, '100', null, { amountComparator: 'le' })] });
    expect(cardsFor(ceiling, gdp, 6, 2026, 2)).toEqual([]);
    expect(cardsFor(dataset({ universe: [wuchang], indicators: [gdp], targets: [target(6, 1, '100')] }), gdp, 6, 2026, 2)).toEqual([]);
    expect(cardsFor(dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '1')] }), gdp, 6, 2026, 2)).toEqual([]);
  });

  it('respects a rule\'s indicator set: the Wuhan preset\'s is the investment indicators, never GDP', () => {
    const gdpCode = indicator(1, 'gdp');
    const index0 = dataset({ universe: [wuchang], indicators: [gdpCode], figures: [fig(6, 1, 2026, 2, '9')], targets: [target(6, 1, '100')] });
    expect(cardsFor(index0, gdpCode, 6, 2026, 2)).toEqual([]);
    const scoped = WARNING_PRESETS.wuhan_major_projects.map((r) => ({ ...r, scope: { indicatorCodes: ['retail_sales'] } }));
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '9')], targets: [target(6, 1, '100')], rules: scoped });
    expect(cardsFor(index, gdp, 6, 2026, 2)).toEqual([]);
  });
});

describe('rules that look back', () => {
  const lagging: WarningRule = {
    id: 'lagging', kind: 'consecutive_months',
    condition: { kind: 'metric', metric: 'progress_ratio', op: 'lt', value: fx(80) },
    thresholds: [{ colour: 'red', minMonths: 3 }, { colour: 'yellow', minMonths: 2 }],
  };

  it('need only as many past months as the enabled rules, across New Year, passing over months not due', () => {
    expect(cardMonths(WARNING_PRESETS.wuhan_major_projects, gdp, period(2026, 2))).toEqual([period(2026, 2)]);
    expect(cardMonths([lagging], gdp, period(2026, 2))).toEqual([period(2025, 12), period(2026, 1), period(2026, 2)]);
    expect(cardMonths([lagging], { frequency: 'quarterly' }, period(2026, 3))).toEqual([
      period(2025, 9), period(2025, 10), period(2025, 11), period(2025, 12), period(2026, 1), period(2026, 2), period(2026, 3),
    ]);
  });

  it('count consecutive lagging months, across New Year on last year\'s targets', () => {
    // December 2025: 80 of 100 against time progress 100 → 80 %, not below 80: no lag; January and February lag.
    const cross = (december: string) => dataset({
      month: 2, universe: [wuchang], indicators: [gdp], rules: [lagging],
      figures: [fig(6, 1, 2025, 12, december), fig(6, 1, 2026, 1, '5'), fig(6, 1, 2026, 2, '10')],
      targets: [target(6, 1, '100')], lastYearTargets: [target(6, 1, '100')],
    });
    expect(cardsFor(cross('80'), gdp, 6, 2026, 2).map((c) => [c.colour, c.reason.params])).toEqual([['yellow', expect.objectContaining({ months: 2 })]]);
    expect(cardsFor(cross('70'), gdp, 6, 2026, 2).map((c) => [c.colour, c.reason.params])).toEqual([['red', expect.objectContaining({ months: 3 })]]);
  });

  it('count consecutive lagging months within the year', () => {
    const figures = [fig(6, 1, 2026, 1, '5'), fig(6, 1, 2026, 2, '10'), fig(6, 1, 2026, 3, '15')];
    const index = dataset({ month: 3, universe: [wuchang], indicators: [gdp], figures, targets: [target(6, 1, '100')], rules: [lagging] });
    expect(cardsFor(index, gdp, 6, 2026, 3).map((c) => [c.colour, c.reason.params])).toEqual([['red', expect.objectContaining({ months: 3 })]]);
    expect(cardsFor(index, gdp, 6, 2026, 2).map((c) => c.colour)).toEqual(['yellow']);
    // A missing month breaks the run.
    const gap = dataset({ month: 3, universe: [wuchang], indicators: [gdp], figures: [figures[0]!, figures[2]!], targets: [target(6, 1, '100')], rules: [lagging] });
    expect(cardsFor(gap, gdp, 6, 2026, 3)).toEqual([]);
  });

  it('compute the monthly task completion for the county rule (month value against the month share of the target)', () => {
    // Target 120: the February task is 10; February's own value is 14 − 9 = 5 → 50 % → yellow (under 60 %).
    const figures = [fig(6, 1, 2026, 1, '9'), fig(6, 1, 2026, 2, '14')];
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures, targets: [target(6, 1, '120')], rules: [...WARNING_PRESETS.county_monthly_task] });
    const cards = cardsFor(index, gdp, 6, 2026, 2);
    expect(cards.map((c) => c.colour)).toEqual(['yellow']);
    expect(cards[0]!.reason.params).toMatchObject({ value: '50' });
    // January's task is 10 and 9 was done: 90 % → no card.
    expect(cardsFor(index, gdp, 6, 2026, 1)).toEqual([]);
    // First released for 1-2月: February's figure carries January's task too (20 of 120): 14 → 70 % → watch.
    const fromFebruary = indicator(1, 'fixed_asset_investment', { frequency: 'monthly_from_february' });
    const twoMonths = dataset({ universe: [wuchang], indicators: [fromFebruary], figures: [fig(6, 1, 2026, 2, '14')], targets: [target(6, 1, '120')], rules: [...WARNING_PRESETS.county_monthly_task] });
    const first = cardsFor(twoMonths, fromFebruary, 6, 2026, 2);
    expect(first.map((c) => c.colour)).toEqual(['watch']);
    expect(first[0]!.reason.params).toMatchObject({ value: '70' });
  });
});

describe('cards on every kind of target', () => {
  const defaults = [...WARNING_PRESETS.target_defaults];
  const gdpReal = indicator(2, 'gdp', { frequency: 'quarterly', growth_basis: 'reported_real' });
  const rate = indicator(3, 'registered_unemployment_rate', { kind: 'ratio', direction: 'lower', unit: 'percent' });

  it('cards GDP on its growth target (增长6.5%), not on a share of time progress, and only in a month it is due', () => {
    const index = dataset({
      month: 3, universe: [wuchang], indicators: [gdpReal], rules: [...WARNING_PRESETS.wuhan_major_projects, ...defaults],
      figures: [fig(6, 2, 2026, 3, null, '5.9')], targets: [target(6, 2, '100', null, { growth: '6.5' })],
    });
    const cards = cardsFor(index, gdpReal, 6, 2026, 3);
    expect(cards.map((c) => [c.ruleId, c.colour])).toEqual([['targets.growth_shortfall', 'yellow']]);
    expect(cards[0]!.reason.params).toMatchObject({ value: '0.6', growth: '5.9', growthTarget: '6.5', growthComparator: 'ge' });
    // February: GDP is not due (quarterly), so nothing is carded even with a figure.
    const february = dataset({ universe: [wuchang], indicators: [gdpReal], rules: defaults, figures: [fig(6, 2, 2026, 2, null, '1')], targets: [target(6, 2, null, null, { growth: '6.5' })] });
    expect(cardsFor(february, gdpReal, 6, 2026, 2)).toEqual([]);
  });

  it('judges 失业率控制在3.2%以内 met or not: yellow when over, red after three months, a month at the ceiling is met', () => {
    const months = (values: string[]) => dataset({
      month: values.length, universe: [wuchang], indicators: [rate], rules: defaults,
      figures: values.map((v, i) => fig(6, 3, 2026, i + 1, v)), targets: [target(6, 3, '3.2', null, { amountComparator: 'le' })],
    });
    expect(cardsFor(months(['3.2']), rate, 6, 2026, 1)).toEqual([]);
    expect(cardsFor(months(['3.3']), rate, 6, 2026, 1).map((c) => c.colour)).toEqual(['yellow']);
    expect(cardsFor(months(['3.3', '3.4', '3.5']), rate, 6, 2026, 3).map((c) => [c.ruleId, c.colour])).toEqual([['targets.not_met', 'red']]);
    expect(cardsFor(months(['3.3', '3.1', '3.5']), rate, 6, 2026, 3).map((c) => c.colour)).toEqual(['yellow']);
  });
});
