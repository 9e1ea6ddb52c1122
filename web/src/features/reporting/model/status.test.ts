import { describe, expect, it } from 'vitest';
import { STATUS_COLOURS, STATUS_ORDER, countByStatus, defaultPeriod, sortPeriods, yearsOf } from './status';

const p = (key: string, status: 'open' | 'closed') => ({ key, status, year: Number(key.slice(0, 4)) });

describe('status helpers', () => {
  it('has a colour for every status, returned in red and approved in green', () => {
    for (const s of STATUS_ORDER) expect(STATUS_COLOURS[s]).toBeTruthy();
    expect(STATUS_COLOURS.returned).toBe('red');
    expect(STATUS_COLOURS.approved).toBe('green');
  });

  it('counts rows per status and late ones', () => {
    const counts = countByStatus([
      { status: 'approved', late: false }, { status: 'approved', late: true }, { status: 'not_started', late: true }, { status: 'returned', late: false },
    ]);
    expect(counts).toMatchObject({ approved: 2, not_started: 1, returned: 1, draft: 0, submitted: 0, revision_requested: 0, late: 2, total: 4 });
  });

  it('puts open periods first, then the latest', () => {
    const sorted = sortPeriods([p('2026-09', 'closed'), p('2026-11', 'open'), p('2026-10', 'closed'), p('2025-12', 'open')]);
    expect(sorted.map((x) => x.key)).toEqual(['2026-11', '2025-12', '2026-10', '2026-09']);
    expect(defaultPeriod([p('2026-09', 'closed'), p('2026-10', 'closed')])?.key).toBe('2026-10');
    expect(defaultPeriod([])).toBeUndefined();
  });

  it('lists years newest first', () => {
    expect(yearsOf([p('2025-01', 'closed'), p('2026-11', 'open'), p('2026-10', 'closed')])).toEqual([2026, 2025]);
  });
});
