import type { Message, TodoItem } from '@hongtu/contracts/notifications';
import { parsePeriodKey, periodLabel, type Locale } from '@hongtu/domain';

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
