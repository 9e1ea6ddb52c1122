import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { type Fixed, fixedText, fx } from './fixed-point';

const txt = (v: Fixed | null | undefined) => (v == null ? null : fixedText(v));
import type { Direction } from './direction';
import {
  aggregateCompletion, aggregateGrowth, aggregateProgressGap, averageOf, compareWithAverage, impliedBase, rankByValue, rankChange, rankCityAndGroups,
  rankingInput, rankingPlaces, roundToPlaces, type RankingInput,
  countedMembers,
  membersByRankPart,
  rankPartOf,
  rankPartOrder,
} from './ranking';
import { yoyGrowth, completionRate, progressGap } from './progress';

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

describe('ranking on the published rounding', () => {
  it('ranks rates at one decimal: 5.14 % and 5.06 % both read 5.1 % and tie (1, 1, 3)', () => {
    const ranking = rankByValue([rankingInput('a', '5.14'), rankingInput('b', '5.06'), rankingInput('c', '5.04')], 'higher', { places: 1 });
    expect(ranking.rows.map((r) => [r.orgId, r.rank, txt(r.rankedValue)])).toEqual([['a', 1, '5.1'], ['b', 1, '5.1'], ['c', 3, '5']]);
    // Exact values are kept beside the published ones.
    expect(txt(ranking.rows[1]!.value)).toBe('5.06');
  });

  it('rounds half away from zero, as published', () => {
    expect(txt(roundToPlaces(fx('5.05'), 1))).toBe('5.1');
    expect(txt(roundToPlaces(fx('-5.05'), 1))).toBe('-5.1');
    expect(txt(roundToPlaces(fx('-5.04'), 1))).toBe('-5');
    expect(txt(roundToPlaces(fx('1202.456'), 2))).toBe('1202.46');
  });

  it('ranks amounts at the indicator\'s decimals and rates at one', () => {
    expect(rankingPlaces('ytdValue', 2)).toBe(2);
    expect(rankingPlaces('ytdValue', 0)).toBe(0);
    expect(rankingPlaces('completion', 2)).toBe(1);
    expect(rankingPlaces('yoy', 0)).toBe(1);
    expect(rankingPlaces('progressGap', 4)).toBe(1);
  });

  it('says "equal to the average" when both read the same as published', () => {
    const ranking = rankByValue([rankingInput('a', '5.04'), rankingInput('b', '6')], 'higher', { places: 1, average: fx('4.96') });
    expect(ranking.rows.map((r) => [r.orgId, r.vsAverage])).toEqual([['b', 'above'], ['a', 'equal']]);
  });

  it('property: published ties share a rank, and rank = 1 + units strictly better as published', () => {
    const value = fc.option(fc.integer({ min: -5000, max: 5000 }).map((n) => fx(n) / 1000n), { nil: null });
    const list = fc.uniqueArray(fc.record({ orgId: fc.uuid(), value }), { selector: (e) => e.orgId, maxLength: 25 });
    fc.assert(fc.property(list, fc.constantFrom<Direction>('higher', 'lower'), (entries, dir) => {
      const { rows } = rankByValue(entries, dir, { places: 1 });
      for (const row of rows) {
        if (row.value === null) continue;
        const mine = roundToPlaces(row.value, 1);
        expect(row.rankedValue).toBe(mine);
        const better = rows.filter((o) => o.value !== null && (dir === 'higher' ? roundToPlaces(o.value, 1) > mine : roundToPlaces(o.value, 1) < mine)).length;
        expect(row.rank).toBe(better + 1);
      }
    }));
  });
});

describe('change of position (进位 / 退位)', () => {
  it('moves up, down, stays, or is new', () => {
    expect(rankChange(2, 5)).toEqual({ movement: 'up', places: 3 });
    expect(rankChange(5, 2)).toEqual({ movement: 'down', places: 3 });
    expect(rankChange(2, 2)).toEqual({ movement: 'same', places: 0 });
    expect(rankChange(2, null)).toEqual({ movement: 'new', places: 0 });
    expect(rankChange(null, 2)).toBeNull();
  });

  it('property: the move undoes itself', () => {
    const rank = fc.integer({ min: 1, max: 50 });
    fc.assert(fc.property(rank, rank, (now, before) => {
      const change = rankChange(now, before)!;
      const sign = change.movement === 'up' ? -1 : change.movement === 'down' ? 1 : 0;
      expect(before + sign * change.places).toBe(now);
    }));
  });
});

describe('group and city figures are ratios of sums', () => {
  it('a city of one large and two small districts: the mean of rates flips "above the city average"', () => {
    // 江岸 1000 亿 of 1000 (100 %), 汉南 10 of 20 (50 %), 新洲 10 of 20 (50 %).
    const parts = [
      { ytd: fx(1000), target: fx(1000) },
      { ytd: fx(10), target: fx(20) },
      { ytd: fx(10), target: fx(20) },
    ];
    const city = aggregateCompletion(parts)!;
    expect(txt(city)).toBe('98.076923');
    const mean = averageOf(parts.map((p) => completionRate(p.ytd, p.target)))!;
    expect(txt(mean)).toBe('66.666667');
    // A district at 80 % is below the city (98.1 %), not above the mean of rates (66.7 %).
    expect(compareWithAverage(fx(80), city, 'higher')?.vsAverage).toBe('below');
    expect(compareWithAverage(fx(80), mean, 'higher')?.vsAverage).toBe('above');
  });

  it('computes growth as Σ YTD over Σ base, leaving out units without a base', () => {
    expect(txt(aggregateGrowth([{ ytd: fx(110), base: fx(100) }, { ytd: fx(45), base: fx(50) }, { ytd: fx(7), base: null }]))).toBe('3.333333');
    expect(aggregateGrowth([{ ytd: fx(1), base: null }])).toBeNull();
    expect(aggregateGrowth([{ ytd: fx(1), base: 0n }])).toBeNull();
  });

  it('computes the gap to time progress with each unit\'s time progress weighted by its target', () => {
    const gap = aggregateProgressGap([
      { ytd: fx(20), target: fx(100), timeProgress: fx(25) },
      { ytd: fx(60), target: fx(300), timeProgress: fx(50) },
    ]);
    // (80 − (25 + 150)) / 400 × 100 = −23.75
    expect(txt(gap)).toBe('-23.75');
  });

  it('weighs a reported growth with the base it implies', () => {
    expect(txt(impliedBase(fx(110), fx(10)))).toBe('100');
    expect(impliedBase(fx(110), fx(-100))).toBeNull();
  });

  const amount = fc.integer({ min: 1, max: 10_000_000 }).map((n) => fx(n) / 100n);

  it('property: a group of one unit has that unit\'s rate; a group\'s rate lies between its units\' rates', () => {
    fc.assert(fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 12 }), (pairs) => {
      const rates = pairs.map(([ytd, target]) => completionRate(ytd, target)!);
      const whole = aggregateCompletion(pairs.map(([ytd, target]) => ({ ytd, target })))!;
      const lo = rates.reduce((a, b) => (a < b ? a : b));
      const hi = rates.reduce((a, b) => (a > b ? a : b));
      // Each rate is truncated once; the whole may sit within one unit of the last place of either end.
      expect(whole >= lo - 1n && whole <= hi + 1n).toBe(true);
      const [ytd, target] = pairs[0]!;
      expect(aggregateCompletion([{ ytd, target }])).toBe(completionRate(ytd, target));
      expect(aggregateGrowth([{ ytd, base: target }])).toBe(yoyGrowth(ytd, target));
      const difference = aggregateProgressGap([{ ytd, target, timeProgress: fx(50) }])! - progressGap(completionRate(ytd, target)!, fx(50));
      expect(difference >= -1n && difference <= 1n).toBe(true);
    }));
  });

  it('property: the group figure does not depend on the order of its units', () => {
    fc.assert(fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 12 }), (pairs) => {
      const parts = pairs.map(([ytd, base]) => ({ ytd, base }));
      expect(aggregateGrowth([...parts].reverse())).toBe(aggregateGrowth(parts));
    }));
  });
});

describe('countedMembers (territorial scope)', () => {
  const overlaps = [{ unitId: 'dhgx', overlapsId: 'hongshan', kind: 'same_territory' as const }];
  it('leaves out a unit overlapping another member of the set', () => {
    expect(countedMembers(['hongshan', 'wuchang', 'dhgx'], overlaps)).toEqual(['hongshan', 'wuchang']);
  });
  it('keeps the unit when the set does not hold the unit it overlaps (a zone in the zones group)', () => {
    expect(countedMembers(['dhgx', 'jkq'], overlaps)).toEqual(['dhgx', 'jkq']);
    expect(countedMembers(['hongshan', 'dhgx'], [])).toEqual(['hongshan', 'dhgx']);
  });
});

describe('which units take part in which ranks (zones ranked apart)', () => {
  it('ranks zones among zones and every other unit among the districts', () => {
    expect(rankPartOf('zone')).toBe('zone');
    expect(rankPartOf('district')).toBe('district');
    expect(rankPartOf(undefined)).toBe('district');
  });
  it('splits the members into parts, districts first, keeping their order and leaving empty parts out', () => {
    const units = [{ id: 'dhgx', kind: 'zone' }, { id: 'wuchang', kind: 'district' }, { id: 'jkq', kind: 'zone' }, { id: 'hongshan', kind: 'district' }];
    expect(membersByRankPart(units, (u) => u.kind).map((p) => [p.part, p.members.map((u) => u.id)])).toEqual([
      ['district', ['wuchang', 'hongshan']],
      ['zone', ['dhgx', 'jkq']],
    ]);
    expect(membersByRankPart(units.filter((u) => u.kind === 'district'), (u) => u.kind).map((p) => p.part)).toEqual(['district']);
  });
  it('puts districts before zones when rows are listed by part', () => {
    expect([rankPartOrder('zone'), rankPartOrder('district'), rankPartOrder(null)]).toEqual([1, 0, 0]);
  });
});
