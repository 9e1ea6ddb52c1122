import { describe, expect, it } from 'vitest';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';
import { shapeDistrict, shapeWarningBoard } from './district.shape';
import { shapeOverview, shapeRanking } from './overview.shape';

const gdp = indicator(1, 'gdp');
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
const base = { periodKey: '2026-02', includesUnapproved: false, cardsFromMonth: 2 };

describe('shapeOverview', () => {
  it('ranks over the whole city even when the caller sees one row, ties sharing a rank', () => {
    const overview = shapeOverview(city(), { ...base, rows: [b] });
    expect(overview.rows).toHaveLength(1);
    const cell = overview.rows[0]!.cells[0]!;
    expect(cell).toMatchObject({ indicatorCode: 'gdp', ytdValue: '12.85', completion: '12.85', progressGap: '-3.816667', card: 'yellow', rank: 3, groupRank: 2 });
    const all = shapeOverview(city(), { ...base, rows: universe });
    expect(all.rows.map((r) => r.cells[0]!.rank)).toEqual([1, 3, 1, 4]);
    expect(all.rows.map((r) => r.cells[0]!.card)).toEqual([null, 'yellow', null, 'red']);
    expect(all.averages[0]).toMatchObject({ indicatorCode: 'gdp', cityCompletion: '15.4625', groupCompletion: null });
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
    expect(overview.averages[0]).toMatchObject({ groupCompletion: '14.5' });
  });
});

describe('shapeRanking', () => {
  it('sorts by rank, direction-aware, and compares with the average', () => {
    const ranking = shapeRanking(city(), unemployment, 'ytdValue', { ...base, rows: universe });
    expect(ranking.rows.map((r) => [r.organisationName, r.value, r.rank])).toEqual([
      ['武昌区', '2.9', 1], ['江岸区', '3.1', 2], ['江夏区', '3.4', 3], ['黄陂区', null, null],
    ]);
    expect(ranking.average).toBe('3.133333');
    expect(ranking.rows[0]).toMatchObject({ aboveAverage: 'below', betterThanAverage: true });
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
    expect(board.cards[1]).toMatchObject({ leader: '常务副区长', department: '区统计局', indicatorName: 'gdp（中）', periodKey: '2026-02' });
    expect(board.cards[1]!.reason).toBe('完成率12.85%，低于时序进度16.67%的80%（序时进度比77.1%）→ 黄牌');
    const en = shapeWarningBoard(dataset({ ...city().ds, locale: 'en' }), universe, base);
    expect(en.cards[1]!.reason).toBe('Completion 12.85%, below 80% of time progress 16.67% (progress ratio 77.1%) → yellow card');
  });

  it('shows the monthly trend against the target trajectory and the cards of the latest month', () => {
    const ds = city().ds;
    const district = shapeDistrict(dataset({ ...ds, month: 12, figures: [...ds.figures, fig(2, 1, 2026, 1, '6')] }), b);
    const gdpRow = district.indicators.find((i) => i.indicatorCode === 'gdp')!;
    expect(gdpRow.months).toHaveLength(12);
    expect(gdpRow.months[0]).toMatchObject({ month: 1, ytdValue: '6', targetTrajectory: '8.333333', completion: '6' });
    expect(gdpRow.months[11]).toMatchObject({ month: 12, ytdValue: null, targetTrajectory: '100', timeProgress: '100' });
    expect(gdpRow.responsibility).toEqual({ leader: '常务副区长', department: '区统计局', taskForce: 'GDP专班', measures: '稳增长' });
    expect(district.cardsPeriodKey).toBe('2026-02');
    expect(district.cards.map((card) => [card.indicatorCode, card.colour])).toEqual([['gdp', 'yellow']]);
  });
});
