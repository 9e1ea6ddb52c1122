import { describe, expect, it } from 'vitest';
import { filterBoard, groupBoard, type BoardCard } from './board';

const card = (organisationId: number, indicatorCode: string, colour: BoardCard['colour']): BoardCard => ({
  organisationId, organisationName: `区${organisationId}`, indicatorCode, indicatorName: indicatorCode.toUpperCase(), colour,
});
const cards = [card(1, 'fai', 'yellow'), card(1, 'gdp', 'red'), card(2, 'fai', 'red'), card(2, 'gdp', 'red'), card(3, 'fai', 'watch')];

describe('warning board: filter and group', () => {
  it('filters by district, indicator and colour; an empty filter keeps every card', () => {
    expect(filterBoard(cards, {})).toHaveLength(5);
    expect(filterBoard(cards, { colours: ['red'] }).map((c) => [c.organisationId, c.indicatorCode])).toEqual([[1, 'gdp'], [2, 'fai'], [2, 'gdp']]);
    expect(filterBoard(cards, { organisationIds: [1], indicatorCodes: ['fai'] })).toEqual([cards[0]]);
    expect(filterBoard(cards, { colours: ['red', 'watch'], indicatorCodes: ['fai'] }).map((c) => c.organisationId)).toEqual([2, 3]);
  });

  it('groups by district, the most red cards first, red before yellow inside a group', () => {
    const groups = groupBoard(cards, 'district');
    expect(groups.map((g) => [g.name, g.counts.red, g.counts.yellow, g.counts.watch])).toEqual([['区2', 2, 0, 0], ['区1', 1, 1, 0], ['区3', 0, 0, 1]]);
    expect(groups[1]!.cards.map((c) => c.colour)).toEqual(['red', 'yellow']);
  });

  it('groups by indicator, ties kept in the order the cards came', () => {
    const groups = groupBoard([card(1, 'fai', 'red'), card(2, 'gdp', 'red'), card(3, 'fai', 'yellow')], 'indicator');
    expect(groups.map((g) => [g.key, g.name, g.cards.length])).toEqual([['fai', 'FAI', 2], ['gdp', 'GDP', 1]]);
  });
});
