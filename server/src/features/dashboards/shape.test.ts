import { describe, expect, it } from 'vitest';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';
import { shapeDistrict, shapeWarningBoard } from './district.shape';
import { shapeOverview, shapeRanking } from './overview.shape';

const gdp = indicator(1, 'fixed_asset_investment');
const unemployment = indicator(2, 'registered_unemployment_rate', { kind: 'ratio', direction: 'lower', unit: 'percent' });
const CENTRAL = 100;
const NEW_CITY = 200;
const a = org(1, '江岸区', [CENTRAL]);
const b = org(2, '武昌区', [CENTRAL]);
const c = org(3, '江夏区', [NEW_CITY]);
const d = org(4, '黄陂区', [NEW_CITY]);
const universe = [a, b, c, d];

function city() {
  return dataset({
    universe,
    indicators: [gdp, unemployment],
    // Completion: 江岸 20 %, 武昌 12.85 % (yellow), 江夏 20 % (tie with 江岸), 黄陂 9 % (red).
    figures: [
      fig(1, 1, 2026, 2, '20'), fig(2, 1, 2026, 2, '12.85', '5.5'), fig(3, 1, 2026, 2, '40'), fig(4, 1, 2026, 2, '9'),
      fig(1, 2, 2026, 2, '3.1'), fig(2, 2, 2026, 2, '2.9'), fig(3, 2, 2026, 2, '3.4'),
    ],
    targets: [target(1, 1, '100'), target(2, 1, '100'), target(3, 1, '200'), target(4, 1, '100')],
    responsibilities: [{ organisationId: 2, indicatorId: 1, leader: '常务副区长', department: '区统计局', taskForce: 'GDP专班', measures: '稳增长' }],
  });
}
const base = { periodKey: '2026-02', includesUnapproved: false };

describe('shapeOverview', () => {
  it('ranks over the whole city even when the caller sees one row, ties sharing a rank', () => {
    const overview = shapeOverview(city(), { ...base, rows: [b] });
    expect(overview.rows).toHaveLength(1);
    const cell = overview.rows[0]!.cells[0]!;
    expect(cell).toMatchObject({ indicatorCode: 'fixed_asset_investment', ytdValue: '12.85', completion: '12.85', progressGap: '-3.816667', card: 'yellow', rank: 3, groupRank: 2 });
    const all = shapeOverview(city(), { ...base, rows: universe });
    expect(all.rows.map((r) => r.cells[0]!.rank)).toEqual([1, 3, 1, 4]);
    expect(all.rows.map((r) => r.cells[0]!.card)).toEqual([null, 'yellow', null, 'red']);
    // The city's completion is Σ YTD ÷ Σ target = 81.85 / 500, not the mean of the rates (15.4625).
    expect(all.averages[0]).toMatchObject({ indicatorCode: 'fixed_asset_investment', cityCompletion: '16.37', groupCompletion: null });
    expect(all.timeProgress).toBe('16.666667');
  });

  it('ranks a lower-is-better level by its value, ascending', () => {
    const all = shapeOverview(city(), { ...base, rows: universe });
    expect(all.indicators[1]).toMatchObject({ code: 'registered_unemployment_rate', rankMeasure: 'ytdValue', direction: 'lower' });
    expect(all.rows.map((r) => r.cells[1]!.rank)).toEqual([2, 1, 3, null]);
    expect(all.rows.map((r) => r.cells[1]!.card)).toEqual([null, null, null, null]);
  });

  it('with a group: rows and group ranks of the group, city ranks unchanged, group averages', () => {
    const overview = shapeOverview(city(), { ...base, rows: [c, d], groupId: NEW_CITY });
    expect(overview.rows.map((r) => [r.organisationName, r.cells[0]!.rank, r.cells[0]!.groupRank])).toEqual([['江夏区', 1, 1], ['黄陂区', 4, 2]]);
    // (40 + 9) / (200 + 100), not (20 + 9) / 2.
    expect(overview.averages[0]).toMatchObject({ groupCompletion: '16.333333' });
  });
});

describe('shapeRanking', () => {
  it('sorts by rank, direction-aware, and compares with the average', () => {
    const ranking = shapeRanking(city(), unemployment, 'ytdValue', { ...base, rows: universe });
    expect(ranking.rows.map((r) => [r.organisationName, r.value, r.rank])).toEqual([
      ['武昌区', '2.9', 1], ['江岸区', '3.1', 2], ['江夏区', '3.4', 3], ['黄陂区', null, null],
    ]);
    // No mean of rates: a rate's group figure is the city bureau's own, not the mean of the districts'.
    expect([ranking.average, ranking.averageBasis]).toEqual([null, null]);
    expect(ranking.rows[0]).toMatchObject({ aboveAverage: null, betterThanAverage: null });
    expect(ranking.rankPlaces).toBe(2);
  });

  it('ranks by progress gap with the card of each district', () => {
    const ranking = shapeRanking(city(), gdp, 'progressGap', { ...base, rows: universe });
    expect(ranking.rows.map((r) => [r.organisationName, r.value, r.rank, r.card])).toEqual([
      ['江岸区', '3.333333', 1, null], ['江夏区', '3.333333', 1, null], ['武昌区', '-3.816667', 3, 'yellow'], ['黄陂区', '-7.666667', 4, 'red'],
    ]);
  });
});

describe('warning board and district page', () => {
  it('lists red before yellow with reasons in the caller\'s language and who answers for it', () => {
    const board = shapeWarningBoard(city(), universe, base);
    expect(board.cards.map((card) => [card.organisationName, card.colour])).toEqual([['黄陂区', 'red'], ['武昌区', 'yellow']]);
    expect(board.cards[1]).toMatchObject({ leader: '常务副区长', department: '区统计局', indicatorName: 'fixed_asset_investment（中）', periodKey: '2026-02' });
    expect(board.cards[1]!.reason).toBe('完成率12.85%，低于时序进度16.67%的80%（时序进度比77.1%）→ 黄牌');
    const en = shapeWarningBoard(dataset({ ...city().ds, locale: 'en' }), universe, base);
    expect(en.cards[1]!.reason).toBe('Completion 12.85%, below 80% of time progress 16.67% (progress ratio 77.1%) → yellow card');
  });

  it('shows the monthly trend against the target trajectory and the cards of the latest month', () => {
    const ds = city().ds;
    const district = shapeDistrict(dataset({ ...ds, month: 12, figures: [...ds.figures, fig(2, 1, 2026, 1, '6')] }), b);
    const gdpRow = district.indicators.find((i) => i.indicatorCode === 'fixed_asset_investment')!;
    expect(gdpRow.months).toHaveLength(12);
    expect(gdpRow.months[0]).toMatchObject({ month: 1, ytdValue: '6', targetTrajectory: '8.333333', completion: '6', monthValue: '6' });
    // 当月 of February, computed: 12.85 − 6.
    expect(gdpRow.months[1]).toMatchObject({ month: 2, ytdValue: '12.85', monthValue: '6.85' });
    expect(gdpRow.months[11]).toMatchObject({ month: 12, ytdValue: null, targetTrajectory: '100', timeProgress: '100' });
    expect(gdpRow.responsibility).toEqual({ leader: '常务副区长', department: '区统计局', taskForce: 'GDP专班', measures: '稳增长' });
    expect(district.cardsPeriodKey).toBe('2026-02');
    expect(district.cards.map((card) => [card.indicatorCode, card.colour])).toEqual([['fixed_asset_investment', 'yellow']]);
  });
});

describe('ranking as bulletins do it', () => {
  function twoMonths() {
    return dataset({
      universe,
      indicators: [gdp],
      figures: [
        // January completions: 江岸 5, 武昌 10, 江夏 4 (8 of 200), 黄陂 6 → 武昌 1, 黄陂 2, 江岸 3, 江夏 4.
        fig(1, 1, 2026, 1, '5'), fig(2, 1, 2026, 1, '10'), fig(3, 1, 2026, 1, '8'), fig(4, 1, 2026, 1, '6'),
        // February: 江岸 20, 江夏 20 (40 of 200), 武昌 12.85 and 黄陂 12.86 — both 12.9 % as published.
        fig(1, 1, 2026, 2, '20'), fig(2, 1, 2026, 2, '12.85'), fig(3, 1, 2026, 2, '40'), fig(4, 1, 2026, 2, '12.86'),
        // Last February: growth 25 %, 7.083 %, 0 %; 黄陂 has no base.
        fig(1, 1, 2025, 2, '16'), fig(2, 1, 2025, 2, '12'), fig(3, 1, 2025, 2, '40'),
      ],
      targets: [target(1, 1, '100'), target(2, 1, '100'), target(3, 1, '200'), target(4, 1, '100')],
    });
  }

  it('ties units equal at one decimal (1, 1, 3, 3) and tells 进位 / 退位 since the last month', () => {
    const ranking = shapeRanking(twoMonths(), gdp, 'completion', { ...base, rows: universe });
    expect(ranking.previousPeriodKey).toBe('2026-01');
    expect(ranking.rows.map((r) => [r.organisationName, r.value, r.rankedValue, r.rank, r.previousRank, r.rankChange])).toEqual([
      ['江岸区', '20', '20', 1, 3, { movement: 'up', places: 2 }],
      ['江夏区', '20', '20', 1, 4, { movement: 'up', places: 3 }],
      ['武昌区', '12.85', '12.9', 3, 1, { movement: 'down', places: 2 }],
      ['黄陂区', '12.86', '12.9', 3, 2, { movement: 'down', places: 1 }],
    ]);
  });

  it('ranks by amount and by growth beside the chosen measure, new where there was no rank', () => {
    const rows = shapeRanking(twoMonths(), gdp, 'completion', { ...base, rows: universe }).rows;
    const by = (name: string) => rows.find((r) => r.organisationName === name)!;
    expect(['江夏区', '江岸区', '黄陂区', '武昌区'].map((n) => [by(n).amountRank, by(n).amountRankChange])).toEqual([
      // January amounts: 武昌 10, 江夏 8, 黄陂 6, 江岸 5.
      [1, { movement: 'up', places: 1 }], [2, { movement: 'up', places: 2 }], [3, { movement: 'same', places: 0 }], [4, { movement: 'down', places: 3 }],
    ]);
    // No growth last month (no January base): every growth rank is new; 黄陂 has no growth at all.
    expect(['江岸区', '武昌区', '江夏区', '黄陂区'].map((n) => [by(n).growthRank, by(n).growthRankChange])).toEqual([
      [1, { movement: 'new', places: 0 }], [2, { movement: 'new', places: 0 }], [3, { movement: 'new', places: 0 }], [null, null],
    ]);
  });

  it('compares with the city\'s ratio of sums: growth Σ YTD ÷ Σ base, not the mean of the rates', () => {
    const ranking = shapeRanking(twoMonths(), gdp, 'yoy', { ...base, rows: universe });
    // (20 + 12.85 + 40) / (16 + 12 + 40) − 1 = 7.132353 %; the mean of 25, 7.083 and 0 would be 10.69 %.
    expect([ranking.average, ranking.averageBasis, ranking.rankPlaces]).toEqual(['7.132353', 'ratio_of_sums', 1]);
    expect(ranking.rows.map((r) => [r.organisationName, r.aboveAverage])).toEqual([['江岸区', 'above'], ['武昌区', 'equal'], ['江夏区', 'below'], ['黄陂区', null]]);
  });

  it('has no previous period in the year\'s first ranked month', () => {
    const ds = twoMonths().ds;
    const january = shapeRanking(dataset({ ...ds, month: 1 }), gdp, 'completion', { ...base, periodKey: '2026-01', rows: universe });
    expect(january.previousPeriodKey).toBeNull();
    expect(january.rows.every((r) => r.rankChange?.movement === 'new')).toBe(true);
  });
});
