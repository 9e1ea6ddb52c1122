import { describe, expect, it } from 'vitest';
import { countCards, sortCards } from './cards';

describe('cards', () => {
  const cards = [
    { colour: 'yellow' as const, id: 1 },
    { colour: 'watch' as const, id: 2 },
    { colour: 'red' as const, id: 3 },
    { colour: 'yellow' as const, id: 4 },
    { colour: 'red' as const, id: 5 },
  ];

  it('puts red first, then yellow, then watch, keeping the order inside a colour', () => {
    expect(sortCards(cards).map((c) => c.id)).toEqual([3, 5, 1, 4, 2]);
  });

  it('counts cards by colour', () => {
    expect(countCards(cards)).toEqual({ red: 2, yellow: 2, watch: 1 });
    expect(countCards([])).toEqual({ red: 0, yellow: 0, watch: 0 });
  });
});
