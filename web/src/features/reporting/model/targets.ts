import type { Comparator, PutTargetRequest, Schedule, Target } from '@hongtu/contracts';
import { makeSchedule, parseNumberInput, toPlainString, type ScheduleIssue } from '@hongtu/domain';

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
export function emptyDraft(direction: 'higher' | 'lower' = 'higher'): TargetDraft {
  const comparator: Comparator = direction === 'lower' ? 'le' : 'ge';
  return { amountTarget: '', amountComparator: comparator, growthTarget: '', growthComparator: comparator, noTarget: false, schedule: null };
}

export function draftFromTarget(target: Target | undefined, direction: 'higher' | 'lower' = 'higher'): TargetDraft {
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

export function isDraftDirty(draft: TargetDraft, target: Target | undefined, direction: 'higher' | 'lower' = 'higher'): boolean {
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

/** The PUT body: "no target" clears both amounts; a comparator goes only with its value; version 0 creates. */
export function toPutRequest(
  draft: TargetDraft,
  key: { year: number; organisationId: number; indicatorCode: string; version: number },
): PutTargetRequest {
  const amount = draft.noTarget || draft.amountTarget.trim() === '' ? null : draft.amountTarget.trim();
  const growth = draft.noTarget || draft.growthTarget.trim() === '' ? null : draft.growthTarget.trim();
  return {
    ...key,
    amountTarget: amount,
    amountComparator: amount === null ? null : draft.amountComparator,
    growthTarget: growth,
    growthComparator: growth === null ? null : draft.growthComparator,
    noTarget: draft.noTarget,
    schedule: draft.schedule,
  };
}

/** Linear shares (25 / 50 / 75 / 100 or 8.33 … 100) to start an editor from. */
export function linearShares(kind: Schedule['kind']): string[] {
  const n = kind === 'monthly' ? 12 : 4;
  return Array.from({ length: n }, (_, i) => toPlainString((100 * (i + 1)) / n, 2).replace(/\.?0+$/, ''));
}

export type ScheduleCheck = { ok: true; schedule: Schedule } | { ok: false; issues: (ScheduleIssue | { code: 'not_a_number'; index: number })[] };

/** Validates typed cumulative shares with the domain rule (0..100, non-decreasing, ending at 100). */
export function checkSchedule(kind: Schedule['kind'], typed: readonly string[]): ScheduleCheck {
  const values: string[] = [];
  const bad: { code: 'not_a_number'; index: number }[] = [];
  typed.forEach((text, index) => {
    const parsed = parseNumberInput(text);
    if (parsed.kind === 'ok') values.push(toPlainString(parsed.value));
    else bad.push({ code: 'not_a_number', index });
  });
  if (bad.length > 0) return { ok: false, issues: bad };
  const result = makeSchedule(kind, values);
  return result.ok ? { ok: true, schedule: { kind, shares: values } } : { ok: false, issues: result.issues };
}

/** The first period's share, for the table: { kind, share } (e.g. quarterly, "30"), or null without a schedule. */
export function firstShare(schedule: Schedule | null): { kind: Schedule['kind']; share: string } | null {
  const share = schedule?.shares[0];
  return schedule && share !== undefined ? { kind: schedule.kind, share } : null;
}
