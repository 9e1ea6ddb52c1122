import type { Comparator, PutTargetRequest, Schedule, Target } from '@hongtu/contracts';
import { comparatorForDirection, normaliseTarget, parseSchedule, type Direction, type ScheduleIssue, type TargetStatement } from '@hongtu/domain';

/** Linear shares (25 / 50 / 75 / 100 or 8.33 … 100) to start a schedule editor from. */
export { linearShares } from '@hongtu/domain';

/** A target row as the reviewer edits it (numbers as typed; the server normalizes them). */
export interface TargetDraft {
  amountTarget: string;
  amountComparator: Comparator;
  growthTarget: string;
  growthComparator: Comparator;
  noTarget: boolean;
  schedule: Schedule | null;
}

/** ≥ 以上 / 力争 for most indicators; ≤ 以内 / 控制在 for lower-is-better ones. */
export function emptyDraft(direction: Direction = 'higher'): TargetDraft {
  const comparator: Comparator = comparatorForDirection(direction);
  return { amountTarget: '', amountComparator: comparator, growthTarget: '', growthComparator: comparator, noTarget: false, schedule: null };
}

export function draftFromTarget(target: Target | undefined, direction: Direction = 'higher'): TargetDraft {
  const empty = emptyDraft(direction);
  if (!target) return empty;
  return {
    amountTarget: target.amountTarget ?? '',
    amountComparator: target.amountComparator ?? empty.amountComparator,
    growthTarget: target.growthTarget ?? '',
    growthComparator: target.growthComparator ?? empty.growthComparator,
    noTarget: target.noTarget,
    schedule: target.schedule,
  };
}

const sameSchedule = (a: Schedule | null, b: Schedule | null) => JSON.stringify(a) === JSON.stringify(b);

export function isDraftDirty(draft: TargetDraft, target: Target | undefined, direction: Direction = 'higher'): boolean {
  const saved = draftFromTarget(target, direction);
  if (draft.noTarget !== saved.noTarget || !sameSchedule(draft.schedule, saved.schedule)) return true;
  if (draft.noTarget) return false;
  return (
    draft.amountTarget.trim() !== saved.amountTarget.trim() ||
    draft.growthTarget.trim() !== saved.growthTarget.trim() ||
    (draft.amountTarget.trim() !== '' && draft.amountComparator !== saved.amountComparator) ||
    (draft.growthTarget.trim() !== '' && draft.growthComparator !== saved.growthComparator)
  );
}

/**
 * The PUT body, normalised by the domain's target rule: "no target" clears the values and the
 * schedule, a comparator goes only with its value, shares as plain decimals; version 0 creates.
 * A target the rule refuses goes as typed, for the server to answer with its own message.
 */
export function toPutRequest(
  draft: TargetDraft,
  key: { year: number; organisationId: number; indicatorCode: string; version: number },
): PutTargetRequest {
  const typed = (text: string) => (draft.noTarget || text.trim() === '' ? null : text.trim());
  const statement: TargetStatement<string> = {
    amount: typed(draft.amountTarget),
    amountComparator: draft.amountComparator,
    growth: typed(draft.growthTarget),
    growthComparator: draft.growthComparator,
    noTarget: draft.noTarget,
    schedule: draft.schedule,
  };
  const normalised = normaliseTarget(statement);
  const target = normalised.ok ? normalised.target : statement;
  return {
    ...key,
    amountTarget: target.amount,
    amountComparator: target.amountComparator,
    growthTarget: target.growth,
    growthComparator: target.growthComparator,
    noTarget: target.noTarget,
    schedule: target.schedule ? { kind: target.schedule.kind, shares: [...target.schedule.shares] } : null,
  };
}

export type ScheduleCheck = { ok: true; schedule: Schedule } | { ok: false; issues: ScheduleIssue[] };

/** Validates typed cumulative shares with the domain rule (numbers within 0..100, non-decreasing, ending at 100). */
export function checkSchedule(kind: Schedule['kind'], typed: readonly string[]): ScheduleCheck {
  const result = parseSchedule(kind, typed);
  return result.ok ? { ok: true, schedule: { kind, shares: [...result.shares.shares] } } : { ok: false, issues: result.issues };
}

/** The first period's share, for the table: { kind, share } (e.g. quarterly, "30"), or null without a schedule. */
export function firstShare(schedule: Schedule | null): { kind: Schedule['kind']; share: string } | null {
  const share = schedule?.shares[0];
  return schedule && share !== undefined ? { kind: schedule.kind, share } : null;
}
