import { describe, expect, it } from 'vitest';
import type { MeasureCell } from '@hongtu/contracts';
import { compareCells, isOverviewSort, sortForBasis } from './sorting';

const cell = (name: string, fields: Partial<MeasureCell>) => ({ name, cell: { rank: null, ytdValue: null, completion: null, growth: null, reportedYoy: null, yoy: null, progressGap: null, ...fields } as MeasureCell });

const rows = [
  cell('江岸区', { rank: 2, ytdValue: '900.5', completion: '80', growth: '4.6', progressGap: '-3.3' }),
  cell('武昌区', { rank: 1, ytdValue: '1202', completion: '75.5', growth: '5.1', progressGap: '2' }),
  cell('蔡甸区', {}),
  cell('洪山区', { rank: 3, ytdValue: '99.9', completion: '90', growth: '-0.3', progressGap: '10' }),
];
const order = (sort: Parameters<typeof compareCells>[0], dir: 'ascend' | 'descend') => {
  const compare = compareCells(sort, dir);
  const sorted = [...rows].sort((a, b) => compare(a.cell, b.cell));
  return (dir === 'descend' ? sorted.reverse() : sorted).map((r) => r.name);
};

describe('what an overview column sorts by', () => {
  it('sorts by the chosen measure exactly, not by the rank', () => {
    expect(order('ytdValue', 'descend')).toEqual(['武昌区', '江岸区', '洪山区', '蔡甸区']);
    expect(order('completion', 'descend')).toEqual(['洪山区', '江岸区', '武昌区', '蔡甸区']);
    expect(order('growth', 'descend')).toEqual(['武昌区', '江岸区', '洪山区', '蔡甸区']);
    expect(order('progressGap', 'ascend')).toEqual(['江岸区', '武昌区', '洪山区', '蔡甸区']);
    expect(order('rank', 'ascend')).toEqual(['武昌区', '江岸区', '洪山区', '蔡甸区']);
  });
  it('puts a district without the value last whichever way', () => {
    expect(order('rank', 'descend').at(-1)).toBe('蔡甸区');
    expect(order('ytdValue', 'ascend').at(-1)).toBe('蔡甸区');
  });
  it('knows its sorts', () => {
    expect(isOverviewSort('completion')).toBe(true);
    expect(isOverviewSort('bogus')).toBe(false);
    expect(isOverviewSort(null)).toBe(false);
  });
});

describe('choosing what the overview sorts by', () => {
  it('sorts at once: the column already sorted, best first', () => {
    expect(sortForBasis({ columnKey: 'gdp', order: 'ascend' }, 'completion', 'fai')).toEqual({ columnKey: 'gdp', order: 'descend' });
    expect(sortForBasis({ columnKey: 'gdp', order: 'descend' }, 'rank', 'fai')).toEqual({ columnKey: 'gdp', order: 'ascend' });
  });
  it('sorts the first indicator column when none is sorted yet', () => {
    expect(sortForBasis(null, 'growth', 'fai')).toEqual({ columnKey: 'fai', order: 'descend' });
    expect(sortForBasis(null, 'rank', 'fai')).toBeNull();
    expect(sortForBasis(null, 'growth', undefined)).toBeNull();
  });
});
