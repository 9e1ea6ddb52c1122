import type { Comparator, PeriodTarget, PutPeriodTargetRequest } from '@hongtu/contracts';
import { Q1_END_MONTH, comparatorForDirection, type Direction } from '@hongtu/domain';

/**
 * A Q1 target as the city states it (docs/DOMAIN.md "Period targets"): an amount ("一季度完成投资93亿元"),
 * kept as typed; empty means none. It lives beside the annual target, with its own version.
 */
export interface Q1Draft {
  amount: string;
  comparator: Comparator;
}

export function q1DraftFrom(target: PeriodTarget | undefined, direction: Direction = 'higher'): Q1Draft {
  return { amount: target?.amountTarget ?? '', comparator: target?.amountComparator ?? comparatorForDirection(direction) };
}

/** The stated Q1 target of an indicator among the district's period targets. */
export const q1Of = (targets: readonly PeriodTarget[], indicatorCode: string): PeriodTarget | undefined =>
  targets.find((x) => x.indicatorCode === indicatorCode && x.throughMonth === Q1_END_MONTH);

export function isQ1Dirty(draft: Q1Draft, target: PeriodTarget | undefined, direction: Direction = 'higher'): boolean {
  const saved = q1DraftFrom(target, direction);
  return draft.amount.trim() !== saved.amount.trim() || (draft.amount.trim() !== '' && draft.comparator !== saved.comparator);
}

/** The PUT body: an empty amount removes the stated Q1 target (at its version); version 0 creates one. */
export function toQ1PutRequest(
  draft: Q1Draft,
  key: { year: number; organisationId: number; indicatorCode: string; version: number },
): PutPeriodTargetRequest {
  const amount = draft.amount.trim();
  return { ...key, throughMonth: Q1_END_MONTH, amountTarget: amount === '' ? null : amount, amountComparator: amount === '' ? null : draft.comparator };
}
