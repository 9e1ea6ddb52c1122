import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Fixed, fixedText, fx } from './fixed-point';

const txt = (v: Fixed | null | undefined) => (v == null ? null : fixedText(v));
import type { Direction } from './direction';
import { averageOf, compareWithAverage, rankByValue, rankCityAndGroups, rankingInput, type RankingInput } from './ranking';

describe('rankByValue', () => {
  it('ranks best first with standard competition ranking (1, 2, 2, 4)', () => {
    const ranking = rankByValue(
      [rankingInput('hanyang', 8.1), rankingInput('jiangan', 9.5), rankingInput('wuchang', 8.1), rankingInput('qingshan', 7)],
      'higher',
    );
    expect(ranking.rows.map((r) => [r.orgId, r.rank])).toEqual([
      ['jiangan', 1],
      ['hanyang', 2],
      ['wuchang', 2],
      ['qingshan', 4],
    ]);
    expect(ranking.rankedCount).toBe(4);
  });

  it('treats 8.10 and 8.1 as a tie', () => {
    const ranking = rankByValue([rankingInput('a', '8.10'), rankingInput('b', '8.1')], 'higher');
    expect(ranking.rows.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('ranks lower-is-better measures ascending', () => {
    const ranking = rankByValue(
      [rankingInput('a', '3.3'), rankingInput('b', '2.9'), rankingInput('c', '3.1')],
      'lower',
    );
    expect(ranking.rows.map((r) => r.orgId)).toEqual(['b', 'c', 'a']);
    expect(ranking.rows.map((r) => r.betterThanAverage)).toEqual([true, false, false]);
  });

  it('puts organisations without a value last and unranked', () => {
    const ranking = rankByValue(
      [rankingInput('missing', null), rankingInput('a', 1), rankingInput('b', 2)],
      'higher',
    );
    expect(ranking.rows.map((r) => [r.orgId, r.rank, r.vsAverage])).toEqual([
      ['b', 1, 'above'],
      ['a', 2, 'below'],
      ['missing', null, null],
    ]);
    expect(txt(ranking.average)).toBe('1.5');
  });

  it('returns no average for an empty or all-null list', () => {
    expect(rankByValue([], 'higher')).toEqual({ rows: [], average: null, rankedCount: 0 });
    expect(rankByValue([rankingInput('a', null)], 'higher').average).toBeNull();
  });

  it('compares a group against a given city average', () => {
    const ranking = rankByValue([rankingInput('a', 5), rankingInput('b', 7)], 'higher', { average: fx(6.5) });
    expect(ranking.rows.map((r) => r.vsAverage)).toEqual(['above', 'below']);
    expect(txt(ranking.average)).toBe('6.5');
  });
});

describe('averages', () => {
  it('averages known values only', () => {
    expect(txt(averageOf([fx(1), null, fx(2), fx(6)]))).toBe('3');
    expect(averageOf([null])).toBeNull();
  });

  it('flags above / below / equal in both directions', () => {
    expect(compareWithAverage(fx(5), fx(5), 'higher')).toEqual({ vsAverage: 'equal', betterThanAverage: false });
    expect(compareWithAverage(fx(4), fx(5), 'lower')).toEqual({ vsAverage: 'below', betterThanAverage: true });
    expect(compareWithAverage(null, fx(5), 'lower')).toBeNull();
  });
});

describe('rankCityAndGroups', () => {
  it('ranks the city and each group with its own average', () => {
    const result = rankCityAndGroups(
      [
        { orgId: 'jiangan', groupId: 'central', value: fx(9) },
        { orgId: 'wuchang', groupId: 'central', value: fx(7) },
        { orgId: 'jiangxia', groupId: 'new_city', value: fx(12) },
        { orgId: 'huangpi', groupId: 'new_city', value: fx(10) },
      ],
      'higher',
    );
    expect(result.city.rows.map((r) => [r.orgId, r.rank])).toEqual([
      ['jiangxia', 1],
      ['huangpi', 2],
      ['jiangan', 3],
      ['wuchang', 4],
    ]);
    expect(txt(result.city.average)).toBe('9.5');
    const central = result.groups.get('central');
    expect(central?.rows.map((r) => [r.orgId, r.rank, r.vsAverage])).toEqual([
      ['jiangan', 1, 'above'],
      ['wuchang', 2, 'below'],
    ]);
    expect(txt(result.groups.get('new_city')?.average)).toBe('11');
  });
});

describe('ranking properties', () => {
  const entry = fc.record({
    orgId: fc.uuid(),
    value: fc.option(
      fc.integer({ min: -50, max: 50 }).map((n) => fx(n) / 10n),
      { nil: null },
    ),
  });
  const entries = fc.uniqueArray(entry, { selector: (e) => e.orgId, maxLength: 30 });
  const direction = fc.constantFrom<Direction>('higher', 'lower');

  it('ranks are non-decreasing, ties share a rank, rank = 1 + number strictly better, nulls last', () => {
    fc.assert(
      fc.property(entries, direction, (list: RankingInput[], dir) => {
        const { rows, rankedCount } = rankByValue(list, dir);
        expect(rows).toHaveLength(list.length);
        const ranked = rows.slice(0, rankedCount);
        expect(rows.slice(rankedCount).every((r) => r.rank === null && r.value === null)).toBe(true);
        ranked.forEach((row, i) => {
          const previous = ranked[i - 1];
          if (previous) {
            expect(row.rank ?? 0).toBeGreaterThanOrEqual(previous.rank ?? 0);
            if (previous.value !== null && row.value !== null && previous.value === row.value) expect(row.rank).toBe(previous.rank);
          }
          const strictlyBetter = ranked.filter((other) =>
            other.value !== null && row.value !== null && (dir === 'higher' ? other.value > row.value : other.value < row.value),
          ).length;
          expect(row.rank).toBe(strictlyBetter + 1);
        });
      }),
    );
  });
});
