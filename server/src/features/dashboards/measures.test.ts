import { describe, expect, it } from 'vitest';
import { WARNING_PRESETS, dec, round, toPlainString, type WarningRule } from '@hongtu/domain';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';
import { cardsFor, measureCell, rankValues, rateText, rulesLookback } from './measures';

const gdp = indicator(1, 'gdp');
const wuchang = org(6, '武昌区');

describe('measureCell', () => {
  it('computes the DOMAIN.md example exactly: 12.85 % at end of February = 3.82 pp below time progress', () => {
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '12.85')], targets: [target(6, 1, '100')] });
    const cell = measureCell(index, gdp, 6, 2026, 2);
    expect(toPlainString(cell.completion!)).toBe('12.85');
    expect(rateText(cell.timeProgress)).toBe('16.666667');
    expect(rateText(cell.progressGap)).toBe('-3.816667');
    expect(toPlainString(round(cell.progressGap!, 2))).toBe('-3.82');
  });

  it('replaces linear time progress with the target schedule (quarterly, interpolated inside the quarter)', () => {
    const schedule = { kind: 'quarterly' as const, shares: ['30', '50', '75', '100'] };
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '12.85')], targets: [target(6, 1, '100', schedule)] });
    const cell = measureCell(index, gdp, 6, 2026, 2);
    expect(rateText(cell.timeProgress)).toBe('20');
    expect(rateText(cell.progressGap)).toBe('-7.15');
  });

  it('computes growth from last year, keeps the reported one and flags a disagreement beyond 0.5 pp', () => {
    const figures = [fig(6, 1, 2026, 2, '110', '12'), fig(6, 1, 2025, 2, '100')];
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures });
    const cell = measureCell(index, gdp, 6, 2026, 2);
    expect(rateText(cell.yoy)).toBe('10');
    expect(toPlainString(cell.reportedYoy!)).toBe('12');
    expect(cell.yoyMismatch).toBe(true);
    expect(toPlainString(cell.growth!)).toBe('12');
    const close = measureCell(dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '110', '10.4'), fig(6, 1, 2025, 2, '100')] }), gdp, 6, 2026, 2);
    expect(close.yoyMismatch).toBe(false);
    expect(close.completion).toBeNull();
  });

  it('gives levels (rates) neither completion nor computed growth', () => {
    const rate = indicator(2, 'registered_unemployment_rate', { kind: 'ratio', direction: 'lower', unit: 'percent' });
    const index = dataset({ universe: [wuchang], indicators: [rate], figures: [fig(6, 2, 2026, 2, '3.1'), fig(6, 2, 2025, 2, '3.0')], targets: [target(6, 2, '3.2')] });
    const cell = measureCell(index, rate, 6, 2026, 2);
    expect(cell.completion).toBeNull();
    expect(cell.yoy).toBeNull();
    expect(cell.progressGap).toBeNull();
  });
});

describe('cardsFor with the Wuhan rule (red below 60 % of time progress, yellow below 80 %)', () => {
  const at = (ytd: string, ind = gdp) =>
    cardsFor(dataset({ universe: [wuchang], indicators: [ind], figures: [fig(6, ind.id, 2026, 2, ytd)], targets: [target(6, ind.id, '100')] }), ind, 6, 2026, 2);

  it('cards by progress ratio, most severe only, with the reason', () => {
    expect(at('12.85').map((c) => c.colour)).toEqual(['yellow']);
    expect(at('12.85')[0]!.reason).toMatchObject({ code: 'progress_ratio', params: { completion: '12.85', value: '77.1' } });
    expect(at('9').map((c) => c.colour)).toEqual(['red']);
    expect(at('14')).toEqual([]);
    // Exactly 80 % of time progress (16 % done, 20 % due by the schedule) is not "below 80 %".
    const schedule = { kind: 'quarterly' as const, shares: ['30', '50', '75', '100'] };
    const exact = dataset({ universe: [wuchang], indicators: [gdp], figures: [fig(6, 1, 2026, 2, '16')], targets: [target(6, 1, '100', schedule)] });
    expect(cardsFor(exact, gdp, 6, 2026, 2)).toEqual([]);
  });

  it('never cards lower-is-better indicators or months without a figure', () => {
    expect(at('1', indicator(3, 'energy', { direction: 'lower' }))).toEqual([]);
    const index = dataset({ universe: [wuchang], indicators: [gdp], targets: [target(6, 1, '100')] });
    expect(cardsFor(index, gdp, 6, 2026, 2)).toEqual([]);
  });
});

describe('rules that look back', () => {
  const lagging: WarningRule = {
    id: 'lagging', kind: 'consecutive_months',
    condition: { kind: 'metric', metric: 'progress_ratio', op: 'lt', value: dec(80) },
    thresholds: [{ colour: 'red', minMonths: 3 }, { colour: 'yellow', minMonths: 2 }],
  };

  it('needs only as many past months as the enabled rules', () => {
    expect(rulesLookback(WARNING_PRESETS.wuhan_major_projects)).toBe(0);
    expect(rulesLookback(WARNING_PRESETS.county_monthly_task)).toBe(1);
    expect(rulesLookback(WARNING_PRESETS.sanya)).toBe(2);
    expect(rulesLookback(WARNING_PRESETS.yinchuan_traffic_lights)).toBe(0);
    expect(rulesLookback([lagging])).toBe(2);
  });

  it('counts consecutive lagging months within the year', () => {
    const figures = [fig(6, 1, 2026, 1, '5'), fig(6, 1, 2026, 2, '10'), fig(6, 1, 2026, 3, '15')];
    const index = dataset({ month: 3, universe: [wuchang], indicators: [gdp], figures, targets: [target(6, 1, '100')], rules: [lagging] });
    expect(cardsFor(index, gdp, 6, 2026, 3, 1).map((c) => [c.colour, c.reason.params])).toEqual([['red', expect.objectContaining({ months: 3 })]]);
    expect(cardsFor(index, gdp, 6, 2026, 2, 1).map((c) => c.colour)).toEqual(['yellow']);
  });

  it('computes the monthly task completion for the county rule (month value against the month share of the target)', () => {
    // Target 120: the February task is 10; February's own value is 14 − 9 = 5 → 50 % → yellow (under 60 %).
    const figures = [fig(6, 1, 2026, 1, '9'), fig(6, 1, 2026, 2, '14')];
    const index = dataset({ universe: [wuchang], indicators: [gdp], figures, targets: [target(6, 1, '120')], rules: [...WARNING_PRESETS.county_monthly_task] });
    const cards = cardsFor(index, gdp, 6, 2026, 2, 1);
    expect(cards.map((c) => c.colour)).toEqual(['yellow']);
    expect(cards[0]!.reason.params).toMatchObject({ value: '50' });
  });
});

describe('rankValues', () => {
  it('lets ties share a rank and ranks lower-is-better ascending', () => {
    const entries = [
      { organisationId: 1, value: dec(5) },
      { organisationId: 2, value: dec(7) },
      { organisationId: 3, value: dec(7) },
      { organisationId: 4, value: null },
    ];
    const higher = rankValues(entries, 'higher_is_better');
    expect([1, 2, 3, 4].map((id) => higher.ranks.get(id))).toEqual([3, 1, 1, null]);
    const lower = rankValues(entries, 'lower_is_better');
    expect([1, 2, 3, 4].map((id) => lower.ranks.get(id))).toEqual([1, 2, 2, null]);
    expect(toPlainString(lower.average!.toDecimalPlaces(6))).toBe('6.333333');
  });
});
