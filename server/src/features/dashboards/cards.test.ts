import { describe, expect, it } from 'vitest';
import { WARNING_PRESETS, fx, type WarningRule } from '@hongtu/domain';
import { cardsFor, rulesLookback } from './cards';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';

const gdp = indicator(1, 'gdp');
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

  it('never cards lower-is-better indicators, indicators without a target or months without a figure', () => {
    expect(at('1', indicator(3, 'energy', { direction: 'lower' }))).toEqual([]);
    expect(cardsFor(dataset({ universe: [wuchang], indicators: [gdp], targets: [target(6, 1, '100')] }), gdp, 6, 2026, 2)).toEqual([]);
    expect(cardsFor(dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '1')] }), gdp, 6, 2026, 2)).toEqual([]);
  });

  it('respects a rule\'s indicator scope', () => {
    const scoped = WARNING_PRESETS.wuhan_major_projects.map((r) => ({ ...r, scope: { indicatorCodes: ['fixed_asset_investment'] } }));
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

  it('need only as many past months as the enabled rules', () => {
    expect(rulesLookback(WARNING_PRESETS.wuhan_major_projects)).toBe(0);
    expect(rulesLookback(WARNING_PRESETS.county_monthly_task)).toBe(1);
    expect(rulesLookback(WARNING_PRESETS.sanya)).toBe(2);
    expect(rulesLookback(WARNING_PRESETS.yinchuan_traffic_lights)).toBe(0);
    expect(rulesLookback([lagging])).toBe(2);
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
  });
});
