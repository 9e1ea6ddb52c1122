import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  RETURN_REASON_LABELS, RETURN_REASON_PRESETS, bulkApprovalSkip, cityTodos, daysUntilDeadline, deadlineUrgency, districtTodos, mayRemind, returnReasonText, deadlineDay,
  REMIND_INTERVAL_HOURS, beijingMinute, latestInstant, nextReminderAt, remindWindowOpen,
} from './notifications';
import { endOfShanghaiDay } from './periods';

const deadline = endOfShanghaiDay('2026-12-05');

describe('deadline countdown', () => {
  it('counts Beijing calendar days, 0 on the day itself and negative after', () => {
    expect(daysUntilDeadline(deadline, new Date('2026-12-02T10:00:00+08:00'))).toBe(3);
    // 23:30 UTC on the 1st is already the 2nd in Beijing.
    expect(daysUntilDeadline(deadline, new Date('2026-12-01T23:30:00Z'))).toBe(3);
    expect(daysUntilDeadline(deadline, new Date('2026-12-05T23:59:00+08:00'))).toBe(0);
    expect(daysUntilDeadline(deadline, new Date('2026-12-06T00:00:01+08:00'))).toBe(-1);
  });

  it('never counts more days for a later moment', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 * 86_400_000 }), fc.integer({ min: 0, max: 86_400_000 }), (t, d) => {
      const a = new Date(Date.parse('2026-11-01T00:00:00Z') + t);
      const b = new Date(a.getTime() + d);
      expect(daysUntilDeadline(deadline, b)).toBeLessThanOrEqual(daysUntilDeadline(deadline, a));
    }));
  });

  it('names the urgency', () => {
    expect([-2, 0, 1, 3, 4].map(deadlineUrgency)).toEqual(['overdue', 'today', 'soon', 'soon', 'later']);
  });

  it('prints the deadline as its Beijing date', () => {
    expect(deadlineDay(deadline)).toBe('2026-12-05');
  });
});

describe('to-dos derived from the months', () => {
  const now = new Date('2026-12-02T10:00:00+08:00');
  it('asks the district for open months still with it: returned ones with their count, the others to fill', () => {
    const todos = districtTodos([
      { periodKey: '2026-11', deadline, open: true, status: 'returned', returnedFigures: 2 },
      { periodKey: '2026-10', deadline: endOfShanghaiDay('2026-11-05'), open: true, status: 'draft', returnedFigures: 0 },
      { periodKey: '2026-09', deadline: endOfShanghaiDay('2026-10-05'), open: true, status: 'submitted', returnedFigures: 0 },
      { periodKey: '2026-08', deadline: endOfShanghaiDay('2026-09-05'), open: false, status: 'not_started', returnedFigures: 0 },
      { periodKey: '2026-07', deadline: endOfShanghaiDay('2026-08-05'), open: true, status: 'approved', returnedFigures: 0 },
    ], now);
    expect(todos).toEqual([
      { kind: 'fill', periodKey: '2026-10', deadline: endOfShanghaiDay('2026-11-05'), daysLeft: -27, urgency: 'overdue', count: 0 },
      { kind: 'returned', periodKey: '2026-11', deadline, daysLeft: 3, urgency: 'soon', count: 2 },
    ]);
  });

  it('gives the city "n awaiting review" and the late districts of open months', () => {
    expect(cityTodos([
      { periodKey: '2026-11', deadline, open: true, awaitingReview: 4, late: 3 },
      { periodKey: '2026-10', deadline: endOfShanghaiDay('2026-11-05'), open: false, awaitingReview: 0, late: 2 },
    ])).toEqual([
      { kind: 'review', periodKey: '2026-11', deadline, daysLeft: null, urgency: null, count: 4 },
      { kind: 'remind', periodKey: '2026-11', deadline, daysLeft: null, urgency: null, count: 3 },
    ]);
  });
});

describe('催报 and bulk approval', () => {
  it('reminds only districts of open months past the deadline that have not submitted', () => {
    const after = new Date('2026-12-06T09:00:00+08:00');
    expect(mayRemind({ open: true, deadline, status: 'draft' }, after)).toBe(true);
    expect(mayRemind({ open: true, deadline, status: 'not_started' }, after)).toBe(true);
    expect(mayRemind({ open: true, deadline, status: 'submitted' }, after)).toBe(false);
    expect(mayRemind({ open: false, deadline, status: 'draft' }, after)).toBe(false);
    expect(mayRemind({ open: true, deadline, status: 'draft' }, new Date('2026-12-05T09:00:00+08:00'))).toBe(false);
  });

  it('reminds a district of a month at most once in 4 hours, counted from the last reminder', () => {
    expect(REMIND_INTERVAL_HOURS).toBe(4);
    const last = '2026-12-06T01:00:00.000Z';
    expect(nextReminderAt(null)).toBeNull();
    expect(nextReminderAt(last)).toBe('2026-12-06T05:00:00.000Z');
    expect(remindWindowOpen(null, new Date(last))).toBe(true);
    expect(remindWindowOpen(last, new Date('2026-12-06T01:00:00.000Z'))).toBe(false);
    expect(remindWindowOpen(last, new Date('2026-12-06T04:59:59.999Z'))).toBe(false);
    expect(remindWindowOpen(last, new Date('2026-12-06T05:00:00.000Z'))).toBe(true);
  });

  it('never opens the window earlier for a later reminder', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.integer({ min: 0, max: 86_400_000 }), (t, d) => {
      const first = new Date(Date.parse('2026-12-01T00:00:00Z') + t).toISOString();
      const later = new Date(Date.parse(first) + d).toISOString();
      const now = new Date(Date.parse(first) + d + 3_600_000);
      if (remindWindowOpen(later, now)) expect(remindWindowOpen(first, now)).toBe(true);
    }));
  });

  it('prints the time of a reminder in Beijing and picks the latest one', () => {
    expect(beijingMinute('2026-12-06T01:05:30.000Z')).toBe('2026-12-06 09:05');
    expect(beijingMinute('2026-12-06T16:30:00.000Z')).toBe('2026-12-07 00:30');
    expect(latestInstant([null, '2026-12-06T01:00:00.000Z', '2026-12-06T03:00:00.000Z', '2026-12-05T23:00:00.000Z'])).toBe('2026-12-06T03:00:00.000Z');
    expect(latestInstant([null])).toBeNull();
  });

  it('takes only submitted months with every figure and no finding, and says why it skips the others', () => {
    expect(bulkApprovalSkip({ status: 'submitted', missingFigures: 0, findings: 0 })).toBeNull();
    expect(bulkApprovalSkip({ status: 'draft', missingFigures: 0, findings: 0 })).toBe('not_submitted');
    expect(bulkApprovalSkip({ status: 'approved', missingFigures: 0, findings: 0 })).toBe('not_submitted');
    expect(bulkApprovalSkip({ status: 'submitted', missingFigures: 1, findings: 2 })).toBe('missing_figures');
    expect(bulkApprovalSkip({ status: 'submitted', missingFigures: 0, findings: 1 })).toBe('findings');
  });
});

describe('return reasons', () => {
  it('has every preset in three languages', () => {
    for (const p of RETURN_REASON_PRESETS) for (const l of ['zh-CN', 'zh-TW', 'en'] as const) expect(RETURN_REASON_LABELS[p][l].length).toBeGreaterThan(3);
  });

  it('joins the preset and the free text as one sentence', () => {
    expect(returnReasonText('verify_value', ' 与统计局快报不一致 ', 'zh-CN')).toBe('数值有误，请核实后重报；与统计局快报不一致');
    expect(returnReasonText(null, '请补充说明', 'zh-CN')).toBe('请补充说明');
    expect(returnReasonText('basis', '', 'en')).toBe('The basis differs from last year: please explain');
  });
});
