import type { EnterpriseProblemItem } from '@hongtu/contracts/enterprise-service';

/** How a problem's running deadline reads: working days left, due today, or overdue (shown as 督办). */
export type Countdown = { kind: 'none' } | { kind: 'left'; days: number } | { kind: 'today' } | { kind: 'overdue'; days: number };

export function countdownOf(p: Pick<EnterpriseProblemItem, 'workingDaysLeft' | 'overdue' | 'overdueWorkingDays' | 'dueOn'>): Countdown {
  if (p.dueOn === null || p.workingDaysLeft === null) return { kind: 'none' };
  if (p.overdue) return { kind: 'overdue', days: p.overdueWorkingDays };
  return p.workingDaysLeft === 0 ? { kind: 'today' } : { kind: 'left', days: p.workingDaysLeft };
}

/** The tag colour: red when overdue, orange on the last working day or the one before it. */
export function countdownColor(c: Countdown): string | undefined {
  if (c.kind === 'overdue') return 'red';
  if (c.kind === 'today' || (c.kind === 'left' && c.days <= 1)) return 'orange';
  return c.kind === 'left' ? 'blue' : undefined;
}
