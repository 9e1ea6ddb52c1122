import { describe, expect, it } from 'vitest';
import { defaultPeriod, periodFrom } from './period';

describe('the month under review', () => {
  it('is the previous month in Asia/Shanghai, across New Year', () => {
    expect(defaultPeriod(new Date('2026-12-02T03:00:00Z'))).toBe('2026-11');
    expect(defaultPeriod(new Date('2026-01-10T03:00:00Z'))).toBe('2025-12');
    // 31 October 20:00 UTC is already 1 November in Shanghai.
    expect(defaultPeriod(new Date('2026-10-31T20:00:00Z'))).toBe('2026-10');
  });

  it('takes the URL\'s month when it is one', () => {
    expect(periodFrom('2026-10', new Date('2026-12-02T00:00:00Z'))).toBe('2026-10');
    expect(periodFrom('2026-13', new Date('2026-12-02T00:00:00Z'))).toBe('2026-11');
    expect(periodFrom(null, new Date('2026-12-02T00:00:00Z'))).toBe('2026-11');
  });
});
