import { describe, expect, it } from 'vitest';
import { dataset, fig, indicator, org, target } from './dashboard-fixtures';
import { CARDED_RUN_LIMIT, cardedRunMonths, monthsCarded } from './cards';
import { shapeWarningBoard } from './district.shape';

// The warning board as the dispatch meeting reads it: each card's reason in bulletin wording and
// how many months in a row the district × indicator has been carded (连续N个月).
const fai = indicator(1, 'fixed_asset_investment');
const b = org(2, '武昌区');
const c = org(3, '江夏区');
const d = org(4, '黄陂区');

/** April 2026, linear time progress 8.33 / 16.67 / 25 / 33.33 %; Wuhan: red below 60 % of it, yellow below 80 %. */
function april() {
  return dataset({
    month: 4,
    universe: [b, c, d],
    indicators: [fai],
    figures: [
      // 武昌: on pace until April (75 % of time progress → yellow).
      fig(2, 1, 2026, 1, '10'), fig(2, 1, 2026, 2, '15'), fig(2, 1, 2026, 3, '24'), fig(2, 1, 2026, 4, '25'),
      // 江夏 (target 200): yellow in February, on pace in March (exactly 80 %), yellow again in April.
      fig(3, 1, 2026, 1, '20'), fig(3, 1, 2026, 2, '20'), fig(3, 1, 2026, 3, '40'), fig(3, 1, 2026, 4, '50'),
      // 黄陂: red in February, March and April.
      fig(4, 1, 2026, 1, '10'), fig(4, 1, 2026, 2, '9'), fig(4, 1, 2026, 3, '12'), fig(4, 1, 2026, 4, '15'),
    ],
    targets: [target(2, 1, '100'), target(3, 1, '200'), target(4, 1, '100')],
  });
}

describe('warning board for the meeting', () => {
  it('counts the months in a row a district × indicator has been carded, a month without a card ending the run', () => {
    const index = april();
    expect(monthsCarded(index, fai, 4, 2026, 4)).toBe(3);
    expect(monthsCarded(index, fai, 3, 2026, 4)).toBe(1);
    expect(monthsCarded(index, fai, 2, 2026, 4)).toBe(1);
    expect(monthsCarded(index, fai, 4, 2026, 3)).toBe(2);
    // January is on pace: nothing carded, no run.
    expect(monthsCarded(index, fai, 4, 2026, 1)).toBe(0);
  });

  it('gives every card its short reason and its run', () => {
    const board = shapeWarningBoard(april(), [b, c, d], { periodKey: '2026-04', includesUnapproved: false });
    expect(board.cards.map((card) => [card.organisationName, card.colour, card.monthsCarded, card.shortReason])).toEqual([
      ['黄陂区', 'red', 3, '完成时序进度的45.0%，低于60%，亮红牌'],
      ['武昌区', 'yellow', 1, '完成时序进度的75.0%，低于80%，亮黄牌'],
      ['江夏区', 'yellow', 1, '完成时序进度的75.0%，低于80%，亮黄牌'],
    ]);
    // The long reason stays for the detail view.
    expect(board.cards[0]!.reason).toContain('→ 红牌');
  });

  it('judges only the cells asked for (a report\'s cards), with the same reasons and without their runs', () => {
    const board = shapeWarningBoard(april(), [b, c, d], { periodKey: '2026-04', includesUnapproved: false, only: new Set(['4|fixed_asset_investment', '3|fixed_asset_investment']) });
    expect(board.cards.map((card) => [card.organisationName, card.colour, card.monthsCarded, card.shortReason])).toEqual([
      ['黄陂区', 'red', 1, '完成时序进度的45.0%，低于60%，亮红牌'],
      ['江夏区', 'yellow', 1, '完成时序进度的75.0%，低于80%，亮黄牌'],
    ]);
  });

  it('words the short reason in the caller\'s language', () => {
    const en = dataset({ ...april().ds, locale: 'en' });
    const board = shapeWarningBoard(en, [d], { periodKey: '2026-04', includesUnapproved: false });
    expect(board.cards[0]!.shortReason).toBe('45.0% of time progress done, below 60%, red card');
  });

  it('loads enough months for a year-long run, each month with its own look-back, across New Year', () => {
    const months = cardedRunMonths(april().ds.rules, fai, { year: 2026, month: 4 });
    expect(months).toHaveLength(CARDED_RUN_LIMIT);
    expect(months[0]).toEqual({ year: 2025, month: 5 });
    // A quarterly indicator: twelve due quarters back.
    const quarterly = cardedRunMonths(april().ds.rules, { frequency: 'quarterly' }, { year: 2026, month: 3 });
    expect(quarterly.filter((p) => p.month % 3 === 0)).toHaveLength(CARDED_RUN_LIMIT);
  });
});
