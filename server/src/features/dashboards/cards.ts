// Warning cards of one district × indicator from the enabled rules (docs/DOMAIN.md "Warning rules").
// The rules are evaluated by packages/domain evaluateWarnings; a pre-check of the month under
// review with the same domain metrics skips the history walk for the many cells no rule can card.
import {
  FIXED_ONE,
  accumulates,
  compareWith,
  conditionHolds,
  evaluateWarnings,
  isInScope,
  metricValue,
  percentOf,
  period,
  type Fixed,
  type IndicatorHistory,
  type MonthRecord,
  type WarningCard,
  type WarningRule,
  type WarningSubject,
} from '@hongtu/domain';
import type { IndicatorRow } from '../indicators/indicators.public';
import { measureCell, type Cell, type DatasetIndex } from './measures';

/** How far back (months before the one under review) the enabled rules need figures. */
export function rulesLookback(rules: readonly WarningRule[]): number {
  let back = 0;
  for (const rule of rules) {
    if (rule.kind === 'metric_threshold') {
      back = Math.max(back, rule.metric === 'monthly_task_completion' ? 1 : 0);
    } else if (rule.condition.kind === 'metric') {
      // Project facts (planned / started) are never known for indicators: such rules need nothing.
      const run = Math.max(0, ...rule.thresholds.map((t) => t.minMonths)) - 1;
      back = Math.max(back, run + (rule.condition.metric === 'monthly_task_completion' ? 1 : 0));
    }
  }
  return back;
}

const usesMonthlyTask = (rules: readonly WarningRule[]) =>
  rules.some((r) => (r.kind === 'metric_threshold' ? r.metric : r.condition.kind === 'metric' ? r.condition.metric : null) === 'monthly_task_completion');

/**
 * This month's own task completion (county and Sanya rules): the month value YTD(m) − YTD(m−1)
 * against the month's share of the annual target, target × (tp(m) − tp(m−1)) / 100.
 */
export function monthlyTaskCompletion(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number, ytd: bigint): Fixed | null {
  const target = index.target(organisationId, indicator.id)?.amount ?? null;
  if (target === null || target <= 0n) return null;
  const previous = month === 1 ? 0n : index.ytd(organisationId, indicator.id, year, month - 1);
  if (previous === null) return null;
  const share = index.timeProgress(organisationId, indicator.id, month) - index.timeProgress(organisationId, indicator.id, month - 1);
  // (ytd − previous) / (target × share / 100) × 100, with share in fixed percent.
  return percentOf((ytd - previous) * 100n * FIXED_ONE, target * share);
}

/**
 * Could any rule card this month? A card needs its condition to hold in the month under review,
 * so the many cells no rule can card skip the history walk.
 */
function mayCard(rules: readonly WarningRule[], subject: WarningSubject, record: MonthRecord): boolean {
  return rules.some((rule) => isInScope(rule.scope, subject) && (rule.kind === 'metric_threshold'
    ? rule.thresholds.some((t) => { const v = metricValue(rule.metric, record); return v !== null && compareWith(v, t.op, t.value); })
    : conditionHolds(rule.condition, record)));
}

/**
 * The cards the enabled rules raise for one district × indicator at `month`, most severe first.
 * Time-progress rules are written for higher-is-better flows (DOMAIN.md "Card rules": completion below a share
 * of time progress), so levels and lower-is-better indicators are never carded. A month without a
 * figure breaks an "N months in a row" run; runs stay inside the year (targets are annual) and
 * start at `fromMonth` (the lookback the rules need).
 */
export function cardsFor(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number, fromMonth = 1, current?: Cell): WarningCard[] {
  const rules = index.ds.rules;
  if (rules.length === 0 || !accumulates(indicator.kind) || indicator.direction !== 'higher') return [];
  const withTask = usesMonthlyTask(rules);
  const record = (cell: Cell, m: number): MonthRecord => ({
    period: period(year, m),
    completion: cell.completion,
    timeProgress: cell.timeProgress,
    monthlyTaskCompletion: withTask && cell.ytd !== null ? monthlyTaskCompletion(index, indicator, organisationId, year, m, cell.ytd) : null,
  });
  const now = current ?? measureCell(index, indicator, organisationId, year, month);
  if (now.ytd === null) return [];
  const subject: WarningSubject = { orgId: String(organisationId), orgLevel: 'district', indicatorCode: indicator.code };
  if (!mayCard(rules, subject, record(now, month))) return [];
  const months: MonthRecord[] = [];
  for (let m = Math.max(1, fromMonth); m <= month; m += 1) {
    const cell = m === month ? now : measureCell(index, indicator, organisationId, year, m);
    if (cell.ytd === null) continue;
    months.push(record(cell, m));
  }
  const history: IndicatorHistory = { ...subject, months };
  return evaluateWarnings(rules, history, period(year, month));
}
