import { expect, it } from 'vitest';
import { portalDate } from './portal-words';

it('writes a date as Shanghai\'s calendar day in each language, and an unreadable one as it came', () => {
  // 16:30 UTC is half past midnight of the next day in Shanghai.
  expect(portalDate('en', '2026-03-04T16:30:00.000Z')).toBe('2026-03-05');
  expect(portalDate('zh-CN', '2026-03-04T16:30:00.000Z')).toBe('2026年3月5日');
  expect(portalDate('zh-TW', '2026-12-03T02:00:00.000Z')).toBe('2026年12月3日');
  expect(portalDate('en', '2026-12-03')).toBe('2026-12-03');
  expect(portalDate('zh-CN', 'not a date')).toBe('not a date');
});
