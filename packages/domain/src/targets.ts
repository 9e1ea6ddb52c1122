// An annual target as the city states it (docs/DOMAIN.md "Targets"): an amount ("≥ 220 亿元"),
// a growth ("增长 9 % 以上"), or both, each with its comparator; or explicitly no target (不设目标).
// The same normalisation serves the targets form, the targets API and the targets workbook import.
import type { TargetComparator } from './direction';
import { type ScheduleIssue, type ScheduleShares, parseSchedule } from './time-progress';

export interface TargetStatement<V> {
  amount: V | null;
  amountComparator: TargetComparator | null;
  growth: V | null;
  growthComparator: TargetComparator | null;
  noTarget: boolean;
  schedule: ScheduleShares | null;
}

export type TargetIssue =
  | { code: 'value_required'; field: 'amount' }
  | { code: 'comparator_required'; field: 'amountComparator' | 'growthComparator' }
  | { code: 'no_target_with_values'; field: 'noTarget' }
  | { code: 'schedule_invalid'; field: 'schedule'; issues: ScheduleIssue[] };

/**
 * Checks and normalises a target: "no target" keeps no values, no comparators and no schedule;
 * a comparator goes only with its value; otherwise an amount or a growth is required, each with a
 * comparator; a schedule must validate (its shares are stored as normalised text).
 * `strict` refuses "no target" with values instead of clearing them (a workbook row that says both
 * is a contradiction to report; a form that ticks "no target" clears what was typed).
 */
export function normaliseTarget<V>(
  input: TargetStatement<V>,
  options: { strict?: boolean } = {},
): { ok: true; target: TargetStatement<V> } | { ok: false; issues: TargetIssue[] } {
  if (input.noTarget) {
    if (options.strict && (input.amount !== null || input.growth !== null || input.schedule !== null)) {
      return { ok: false, issues: [{ code: 'no_target_with_values', field: 'noTarget' }] };
    }
    return { ok: true, target: { amount: null, amountComparator: null, growth: null, growthComparator: null, noTarget: true, schedule: null } };
  }
  const issues: TargetIssue[] = [];
  if (input.amount === null && input.growth === null) issues.push({ code: 'value_required', field: 'amount' });
  if (input.amount !== null && !input.amountComparator) issues.push({ code: 'comparator_required', field: 'amountComparator' });
  if (input.growth !== null && !input.growthComparator) issues.push({ code: 'comparator_required', field: 'growthComparator' });
  let schedule: ScheduleShares | null = null;
  if (input.schedule) {
    const parsed = parseSchedule(input.schedule.kind, input.schedule.shares);
    if (parsed.ok) schedule = parsed.shares;
    else issues.push({ code: 'schedule_invalid', field: 'schedule', issues: parsed.issues });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    target: {
      amount: input.amount,
      amountComparator: input.amount === null ? null : input.amountComparator,
      growth: input.growth,
      growthComparator: input.growth === null ? null : input.growthComparator,
      noTarget: false,
      schedule,
    },
  };
}
