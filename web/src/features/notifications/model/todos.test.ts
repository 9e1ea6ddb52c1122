import { describe, expect, it } from 'vitest';
import { ROLES } from '@hongtu/domain';
import { countdown, glanceCounts, glanceMonth, homeCardFor, messageLink, monthName, todoLink, urgencyColour } from './todos';

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

  it('gives to-dos to those who have some, the month at a glance to a leader, and no always-empty card to the others', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, homeCardFor(r)]))).toEqual({
      system_admin: null, city_reviewer: 'todos', district_operator: 'todos', department_staff: null, leader: 'month', auditor: null,
    });
  });

  it('shows the leader the month the dashboards open on, with its coverage, and counts its cards by colour', () => {
    const items = [
      { periodKey: '2026-11', approved: 3, submitted: 9, total: 17, published: false },
      { periodKey: '2026-10', approved: 17, submitted: 17, total: 17, published: true },
    ];
    // The latest month with one district approved is not the one shown: the dashboards' default is.
    expect(glanceMonth({ items, defaultPeriod: '2026-10', reviewPeriod: '2026-11' })).toEqual(items[1]);
    expect(glanceMonth({ items, defaultPeriod: null, reviewPeriod: '2026-11' })).toBeNull();
    expect(glanceCounts([{ colour: 'red' }, { colour: 'yellow' }, { colour: 'red' }])).toEqual({ red: 2, yellow: 1, watch: 0 });
  });
});
