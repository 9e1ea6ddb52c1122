import { describe, expect, it } from 'vitest';
import { liveComputedYoy, typedNumberProblem } from './liveChecks';

describe('live checks', () => {
  it('accepts what the server normalizes and flags what it refuses', () => {
    for (const ok of ['1,234', '１２３', '—', '', '12.5', '-3']) expect(typedNumberProblem(ok), ok).toBeNull();
    for (const bad of ['12abc', 'NaN', '1e309']) expect(typedNumberProblem(bad), bad).not.toBeNull();
  });

  it('computes growth from the typed value like the server', () => {
    expect(liveComputedYoy('1202', '1150.24', 'cumulative')).toBe('4.50');
    expect(liveComputedYoy('1,202', '1150.24', 'cumulative')).toBe('4.50');
    expect(liveComputedYoy('12abc', '1150.24', 'cumulative')).toBeNull();
    expect(liveComputedYoy('2.8', '2.75', 'ratio')).toBeNull();
    expect(liveComputedYoy('10', null, 'cumulative')).toBeNull();
    expect(liveComputedYoy('10', '0', 'count')).toBeNull();
  });

  it('shows no growth beyond ±100,000 %, a slip in the figures (万/亿) rather than growth', () => {
    expect(liveComputedYoy('1001', '1', 'cumulative')).toBe('100000.00');
    expect(liveComputedYoy('1001.01', '1', 'cumulative')).toBeNull();
    expect(liveComputedYoy('12000000', '1150.24', 'cumulative')).toBeNull();
    expect(liveComputedYoy('-999', '1', 'cumulative')).toBe('-100000.00');
    expect(liveComputedYoy('-999.01', '1', 'cumulative')).toBeNull();
  });
});
