import { describe, expect, it } from 'vitest';
import { invalidScores, moveItem, typedTotal } from './tour';

describe('the route\'s order', () => {
  it('moves a stop one place, and nothing past either end', () => {
    expect(moveItem([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, 1)).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});

describe('the scoring form', () => {
  const criteria = [{ id: 1, weight: 30 }, { id: 2, weight: 20 }];
  it('names the criteria left empty or out of range, and totals exactly once all are typed', () => {
    expect(invalidScores(criteria, { 1: '27.5', 2: '20' })).toEqual([]);
    expect(invalidScores(criteria, { 1: '31', 2: '' })).toEqual([1, 2]);
    expect(typedTotal(criteria, { 1: '27.5', 2: '19.6' })).toBe('47.1');
    expect(typedTotal(criteria, { 1: '27.5' })).toBeNull();
  });
});
