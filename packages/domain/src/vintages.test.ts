import { describe, expect, it } from 'vitest';
import { DEFAULT_VINTAGE, FIGURE_VINTAGES, isFigureVintage, vintageMoveAllowed, vintageRank } from './vintages';

describe('figure vintages', () => {
  it('are ordered flash → preliminary → verified → annual, flash by default', () => {
    expect(FIGURE_VINTAGES.map(vintageRank)).toEqual([0, 1, 2, 3]);
    expect(DEFAULT_VINTAGE).toBe('flash');
    expect(isFigureVintage('verified')).toBe(true);
    expect(isFigureVintage('final')).toBe(false);
    expect(isFigureVintage(null)).toBe(false);
  });

  it('move forward or stay; back only under a granted revision', () => {
    expect(vintageMoveAllowed('flash', 'flash', false)).toBe(true);
    expect(vintageMoveAllowed('flash', 'annual', false)).toBe(true);
    expect(vintageMoveAllowed('preliminary', 'verified', false)).toBe(true);
    expect(vintageMoveAllowed('verified', 'preliminary', false)).toBe(false);
    expect(vintageMoveAllowed('annual', 'flash', false)).toBe(false);
    expect(vintageMoveAllowed('verified', 'preliminary', true)).toBe(true);
    expect(vintageMoveAllowed('annual', 'flash', true)).toBe(true);
  });
});
