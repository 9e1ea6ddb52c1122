import type { Card } from '@hongtu/contracts';
import type { DashboardMonths } from '@hongtu/contracts/dashboard-months';
import type { Message, TodoItem } from '@hongtu/contracts/notifications';
import { can, parsePeriodKey, periodLabel, type Locale, type Role } from '@hongtu/domain';

/**
 * What the home page's card holds for a role: the operator's and the reviewer's to-dos; for a leader,
 * who has none to do, the latest published month at a glance (its coverage and its red and yellow
 * cards, with the way to the overview and the warning board); for the others (administrator,
 * auditor, department staff) no card, rather than a list that is always empty.
 */
export type HomeCard = 'todos' | 'month' | null;
export function homeCardFor(role: Role): HomeCard {
  if (can(role, 'figure.enter') || can(role, 'figure.review')) return 'todos';
  return role === 'leader' ? 'month' : null;
}

/** The month the dashboards open on (the latest published or fully approved), with how far the city has come. */
export function glanceMonth(months: DashboardMonths): DashboardMonths['items'][number] | null {
  if (months.defaultPeriod === null) return null;
  return months.items.find((m) => m.periodKey === months.defaultPeriod) ?? null;
}

/** The month's cards by colour. */
export function glanceCounts(cards: readonly Pick<Card, 'colour'>[]): Record<Card['colour'], number> {
  const counts = { red: 0, yellow: 0, watch: 0 };
  for (const c of cards) counts[c.colour] += 1;
  return counts;
}

/** Where a to-do leads: the district's own month, or the city's review board of the month. */
export function todoLink(todo: Pick<TodoItem, 'kind' | 'periodKey'>, organisationId: number): string {
  return todo.kind === 'fill' || todo.kind === 'returned' ? `/reporting/${todo.periodKey}/${organisationId}` : `/review?period=${todo.periodKey}`;
}

/** Where a message leads: the month it is about. */
export function messageLink(message: Pick<Message, 'periodKey' | 'organisationId'>): string {
  return `/reporting/${message.periodKey}/${message.organisationId}`;
}

/** "2026年11月" / "Nov 2026" from "2026-11". */
export function monthName(periodKey: string, locale: Locale): string {
  const p = parsePeriodKey(periodKey);
  return p ? periodLabel(p, locale, { withYear: true, style: 'months' }) : periodKey;
}

/** The countdown's text key and count: "还剩 3 天" / "今天截止" / "已逾期 2 天". */
export function countdown(daysLeft: number): { key: 'todo.daysLeft' | 'todo.dueToday' | 'todo.overdue'; count: number } {
  if (daysLeft > 0) return { key: 'todo.daysLeft', count: daysLeft };
  if (daysLeft === 0) return { key: 'todo.dueToday', count: 0 };
  return { key: 'todo.overdue', count: -daysLeft };
}

/** Urgency as a tag colour: red overdue or due today, orange within three days, blue later. */
export function urgencyColour(urgency: TodoItem['urgency']): string {
  return urgency === 'overdue' || urgency === 'today' ? 'red' : urgency === 'soon' ? 'orange' : 'blue';
}
