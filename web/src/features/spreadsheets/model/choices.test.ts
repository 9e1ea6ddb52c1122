import { describe, expect, it } from 'vitest';
import { allAnswered, canCommit, choicesFor, questionKey } from './choices';

const question = (sheet: string, role: 'ytd' | 'yoy') => ({ sheet, role, candidates: [{ column: 'B', header: '初报' }, { column: 'C', header: '本年累计' }] });

describe('the operator\'s answers to a dry run', () => {
  it('keeps earlier choices and updates them with the columns selected now', () => {
    const previous = [{ sheet: '月报', role: 'ytd' as const, column: 'B' }, { sheet: '附表', role: 'ytd' as const, column: 'D' }];
    const questions = [question('月报', 'ytd'), question('月报', 'yoy')];
    const selected = { [questionKey(questions[0]!)]: 'C', [questionKey(questions[1]!)]: 'E' };
    expect(choicesFor(previous, questions, selected)).toEqual([
      { sheet: '月报', role: 'ytd', column: 'C' }, { sheet: '附表', role: 'ytd', column: 'D' }, { sheet: '月报', role: 'yoy', column: 'E' },
    ]);
    expect(allAnswered(questions, selected)).toBe(true);
    expect(allAnswered(questions, { [questionKey(questions[0]!)]: 'C' })).toBe(false);
  });

  it('lets a batch be committed only when nothing blocks it and every confirmation is ticked', () => {
    const confirmations = [{ key: 'a', sheet: '', row: null, column: null, code: 'X', message: 'x' }, { key: 'b', sheet: '', row: null, column: null, code: 'Y', message: 'y' }];
    expect(canCommit({ blocking: false, confirmations }, new Set(['a']))).toBe(false);
    expect(canCommit({ blocking: false, confirmations }, new Set(['a', 'b']))).toBe(true);
    expect(canCommit({ blocking: true, confirmations: [] }, new Set())).toBe(false);
    expect(canCommit({ blocking: false, confirmations: [] }, new Set())).toBe(true);
  });
});
