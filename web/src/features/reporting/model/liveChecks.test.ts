import { describe, expect, it } from 'vitest';
import type { Indicator } from '@hongtu/contracts';
import { liveGrowth, typedNumberProblem } from './liveChecks';

const amounts = (kind: Indicator['kind']) => ({ kind, growthBasis: 'amounts' as const });
const used = (ytdValue: string, lastYear: string | null, kind: Indicator['kind'] = 'cumulative') => liveGrowth({ ytdValue, adjustedBase: '' }, lastYear, amounts(kind)).used;

describe('live checks', () => {
  it('accepts what the server normalizes and flags what it refuses', () => {
    for (const ok of ['1,234', '１２３', '—', '', '12.5', '-3']) expect(typedNumberProblem(ok), ok).toBeNull();
    for (const bad of ['12abc', 'NaN', '1e309']) expect(typedNumberProblem(bad), bad).not.toBeNull();
  });

  it('computes growth from the typed value like the server', () => {
    expect(used('1202', '1150.24')).toBe('4.50');
    expect(used('1,202', '1150.24')).toBe('4.50');
    expect(used('12abc', '1150.24')).toBeNull();
    expect(used('2.8', '2.75', 'ratio')).toBeNull();
    expect(used('10', null)).toBeNull();
    expect(used('10', '0', 'count')).toBeNull();
  });

  it('shows no growth beyond ±100,000 %, a slip in the figures (万/亿) rather than growth', () => {
    expect(used('1001', '1')).toBe('100000.00');
    expect(used('1001.01', '1')).toBeNull();
    expect(used('12000000', '1150.24')).toBeNull();
    expect(used('-999', '1')).toBe('-100000.00');
    expect(used('-999.01', '1')).toBeNull();
  });

  it('measures on the typed adjusted base and says so, keeping the natural growth', () => {
    expect(liveGrowth({ ytdValue: '44', adjustedBase: '40' }, '50', amounts('cumulative'))).toEqual({ used: '10.00', usedBase: 'adjusted', natural: '-12.00' });
    expect(liveGrowth({ ytdValue: '44', adjustedBase: '' }, '50', amounts('cumulative'))).toEqual({ used: '-12.00', usedBase: 'last_year', natural: '-12.00' });
  });

  it('computes nothing for real growth: it is reported', () => {
    expect(liveGrowth({ ytdValue: '120', adjustedBase: '' }, '100', { kind: 'cumulative', growthBasis: 'reported_real' })).toEqual({ used: null, usedBase: null, natural: null });
  });
});
