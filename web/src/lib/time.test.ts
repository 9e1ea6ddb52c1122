import { describe, expect, it } from 'vitest';
import { dayjs, formatShanghai, shanghaiWallTimeToIso } from './time';

describe('formatShanghai', () => {
  it('shows a UTC instant in Beijing time (UTC+8)', () => {
    expect(formatShanghai('2026-01-31T16:30:05.123Z')).toBe('2026-02-01 00:30:05');
  });

  it('accepts offsets and custom patterns', () => {
    expect(formatShanghai('2026-06-30T23:59:00-04:00', 'YYYY-MM-DD HH:mm')).toBe('2026-07-01 11:59');
  });

  it('returns null for missing or invalid input', () => {
    expect(formatShanghai(null)).toBeNull();
    expect(formatShanghai(undefined)).toBeNull();
    expect(formatShanghai('not a date')).toBeNull();
  });
});

describe('shanghaiWallTimeToIso', () => {
  it('reads the picked wall-clock time as Beijing time', () => {
    const picked = dayjs('2026-03-01T00:00:00');
    expect(shanghaiWallTimeToIso(picked)).toBe('2026-03-01T00:00:00+08:00');
  });

  it('round-trips with formatShanghai', () => {
    const iso = shanghaiWallTimeToIso(dayjs('2026-12-31T23:59:59'));
    expect(formatShanghai(iso)).toBe('2026-12-31 23:59:59');
  });
});
