import { describe, expect, it } from 'vitest';
import { countdownColor, countdownOf } from './countdown';

describe('countdown', () => {
  it('reads the running deadline in working days', () => {
    expect(countdownOf({ dueOn: null, workingDaysLeft: null, overdue: false, overdueWorkingDays: 0 })).toEqual({ kind: 'none' });
    expect(countdownOf({ dueOn: '2026-03-19', workingDaysLeft: 3, overdue: false, overdueWorkingDays: 0 })).toEqual({ kind: 'left', days: 3 });
    expect(countdownOf({ dueOn: '2026-03-19', workingDaysLeft: 0, overdue: false, overdueWorkingDays: 0 })).toEqual({ kind: 'today' });
    expect(countdownOf({ dueOn: '2026-03-19', workingDaysLeft: -2, overdue: true, overdueWorkingDays: 2 })).toEqual({ kind: 'overdue', days: 2 });
  });

  it('turns orange on the last days and red once overdue', () => {
    expect([countdownColor({ kind: 'left', days: 5 }), countdownColor({ kind: 'left', days: 1 }), countdownColor({ kind: 'today' }), countdownColor({ kind: 'overdue', days: 1 })])
      .toEqual(['blue', 'orange', 'orange', 'red']);
  });
});
