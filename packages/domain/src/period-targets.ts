// Targets for part of the year as the city states them (docs/DOMAIN.md "Period targets"): "一季度
// 完成投资93亿元", "力争一季度完成进规6家以上". Such a target is an amount for January through a
// month, kept as stated — never derived from the annual target by a share. It can be set for any
// indicator the catalogue holds, counts included (新签约 / 新注册 / 新开工 / 进规), whether or not an
// annual target exists.
import type { Dec } from './decimal';
import type { TargetComparator } from './direction';
import { type Fixed, times } from './fixed-point';
import { type IndicatorKind, isWholeNumber, mayBeNegative } from './indicator-kinds';

/** The months a period target may end at: 1..11 (December is the annual target). 3 is Q1, 6 H1, 9 Q1–Q3. */
export const PERIOD_TARGET_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
/** The end month of Q1 (开门红). */
export const Q1_END_MONTH = 3;

export type PeriodTargetIssue =
  | { code: 'month_out_of_range'; field: 'throughMonth' }
  | { code: 'value_required'; field: 'amountTarget' }
  | { code: 'comparator_required'; field: 'amountComparator' }
  | { code: 'not_whole'; field: 'amountTarget' }
  | { code: 'negative'; field: 'amountTarget' };

/**
 * Checks a period target: a month 1..11, an amount with its comparator, a whole number for a
 * count, not negative for a flow or stock.
 */
export function checkPeriodTarget(
  kind: IndicatorKind,
  statement: { throughMonth: number; amount: Dec | null; comparator: TargetComparator | null },
): PeriodTargetIssue[] {
  const issues: PeriodTargetIssue[] = [];
  if (!(PERIOD_TARGET_MONTHS as readonly number[]).includes(statement.throughMonth)) issues.push({ code: 'month_out_of_range', field: 'throughMonth' });
  if (statement.amount === null) issues.push({ code: 'value_required', field: 'amountTarget' });
  else {
    if (statement.comparator === null) issues.push({ code: 'comparator_required', field: 'amountComparator' });
    if (isWholeNumber(kind) && !statement.amount.isInteger()) issues.push({ code: 'not_whole', field: 'amountTarget' });
    if (!mayBeNegative(kind) && statement.amount.isNegative()) issues.push({ code: 'negative', field: 'amountTarget' });
  }
  return issues;
}

/**
 * The Q1 target of a unit and indicator (amounts of one scale): the Q1 amount as stated when there
 * is one, else the annual amount × Q1 share / 100 (the schedule's, else 25 %); none without either.
 */
export function q1TargetOf(stated: Fixed | null, annual: Fixed | null, share: Fixed): { target: Fixed | null; stated: boolean } {
  if (stated !== null) return { target: stated, stated: true };
  return { target: annual === null ? null : times(annual, share) / 100n, stated: false };
}
