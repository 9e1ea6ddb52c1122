import { describe, expect, it } from 'vitest';
import { countdown, messageLink, monthName, todoLink, urgencyColour } from './todos';

describe('to-dos on the page', () => {
  it('leads the district to its month and the city to the review board', () => {
    expect(todoLink({ kind: 'fill', periodKey: '2026-11' }, 7)).toBe('/reporting/2026-11/7');
    expect(todoLink({ kind: 'returned', periodKey: '2026-11' }, 7)).toBe('/reporting/2026-11/7');
    expect(todoLink({ kind: 'review', periodKey: '2026-10' }, 1)).toBe('/review?period=2026-10');
    expect(todoLink({ kind: 'remind', periodKey: '2026-10' }, 1)).toBe('/review?period=2026-10');
    expect(messageLink({ periodKey: '2026-10', organisationId: 9 })).toBe('/reporting/2026-10/9');
  });

  it('counts down in days, today, then overdue', () => {
    expect(countdown(3)).toEqual({ key: 'todo.daysLeft', count: 3 });
    expect(countdown(0)).toEqual({ key: 'todo.dueToday', count: 0 });
    expect(countdown(-2)).toEqual({ key: 'todo.overdue', count: 2 });
    expect(['overdue', 'today', 'soon', 'later', null].map((u) => urgencyColour(u as never))).toEqual(['red', 'red', 'orange', 'blue', 'blue']);
  });

  it('names the month as users write it', () => {
    expect(monthName('2026-11', 'zh-CN')).toContain('2026年');
    expect(monthName('bad', 'en')).toBe('bad');
  });
});
