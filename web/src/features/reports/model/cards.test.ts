import { describe, expect, it } from 'vitest';
import { cardNeedsLabel } from './cards';

describe('cardNeedsLabel', () => {
  it('names a card the cell does not name already', () => {
    expect(cardNeedsLabel({ text: '-7.2', card: 'red' })).toBe(true);
    expect(cardNeedsLabel({ text: '', card: 'yellow' })).toBe(true);
    expect(cardNeedsLabel({ text: '黄牌', card: 'red' })).toBe(true);
  });

  it('leaves a cell that says its card, in either script or English, and a cell without one', () => {
    expect(cardNeedsLabel({ text: '红牌', card: 'red' })).toBe(false);
    expect(cardNeedsLabel({ text: '黃牌', card: 'yellow' })).toBe(false);
    expect(cardNeedsLabel({ text: 'Yellow card', card: 'yellow' })).toBe(false);
    expect(cardNeedsLabel({ text: '12.6' })).toBe(false);
  });
});
