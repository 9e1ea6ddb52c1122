import { describe, expect, it } from 'vitest';
import { INDICATOR_KINDS, accumulates, computesGrowth, defaultRankingMeasure, hasCompletion, hasQ1Share, isLevel, isWholeNumber, mayBeNegative } from './indicator-kinds';

describe('indicator kinds', () => {
  it('rates and growth figures are levels; flows and stocks are amounts', () => {
    expect(INDICATOR_KINDS.filter(isLevel)).toEqual(['growth_rate', 'ratio']);
    expect(INDICATOR_KINDS.filter(hasCompletion)).toEqual(['cumulative', 'count', 'stock']);
    expect(INDICATOR_KINDS.filter(computesGrowth)).toEqual(['cumulative', 'count', 'stock']);
    expect(INDICATOR_KINDS.filter(mayBeNegative)).toEqual(['growth_rate', 'ratio']);
  });

  it('only flows accumulate: time progress, month values and Q1 shares apply to them', () => {
    expect(INDICATOR_KINDS.filter(accumulates)).toEqual(['cumulative', 'count']);
    expect(INDICATOR_KINDS.filter(hasQ1Share)).toEqual(['cumulative', 'count']);
    expect(INDICATOR_KINDS.filter(isWholeNumber)).toEqual(['count']);
  });

  it('ranks levels by value, others by completion when there is any, else by growth', () => {
    expect(defaultRankingMeasure('ratio', true)).toBe('ytdValue');
    expect(defaultRankingMeasure('growth_rate', false)).toBe('ytdValue');
    expect(defaultRankingMeasure('stock', true)).toBe('completion');
    expect(defaultRankingMeasure('cumulative', false)).toBe('yoy');
  });
});
