// Warning cards of one district × indicator from the enabled rules (DOMAIN.md "Warning rules in
// force somewhere"). The rules are evaluated by packages/domain evaluateWarnings; a cheap exact
// pre-check on fixed values skips the (decimal) evaluation for the many cells no rule can card.
import {
  evaluateWarnings,
  isInScope,
  period,
  type Comparison,
  type IndicatorHistory,
  type Metric,
  type MonthRecord,
  type WarningCard,
  type WarningRule,
  type WarningSubject,
} from '@hongtu/domain';
import type { IndicatorRow } from '../indicators/indicators.table';
import { FIXED_ONE, fromDec, percentOf, toDec, type Fixed } from './fixed';
import { measureCell, ratioOf, tracksTimeProgress, type Cell, type DatasetIndex } from './measures';

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

interface FixedRecord {
  completion: Fixed | null;
  timeProgress: Fixed;
  monthlyTask: Fixed | null;
}

function metricValue(metric: Metric, r: FixedRecord): Fixed | null {
  switch (metric) {
    case 'completion_rate':
      return r.completion;
    case 'progress_ratio':
      return r.completion === null ? null : ratioOf(r.completion, r.timeProgress);
    case 'points_behind':
      return r.completion === null ? null : r.timeProgress - r.completion;
    case 'monthly_task_completion':
      return r.monthlyTask;
  }
}

function holds(value: Fixed, op: Comparison, threshold: Fixed): boolean {
  return op === 'lt' ? value < threshold : op === 'lte' ? value <= threshold : op === 'gt' ? value > threshold : value >= threshold;
}

/** Each rule's tests as fixed values, converted once per rule object. */
const compiled = new WeakMap<WarningRule, { metric: Metric; op: Comparison; value: Fixed }[]>();
function testsOf(rule: WarningRule) {
  let tests = compiled.get(rule);
  if (!tests) {
    const c = rule.kind === 'consecutive_months' ? rule.condition : null;
    tests = rule.kind === 'metric_threshold'
      ? rule.thresholds.map((t) => ({ metric: rule.metric, op: t.op, value: fromDec(t.value) }))
      : c?.kind === 'metric' ? [{ metric: c.metric, op: c.op, value: fromDec(c.value) }] : [];
    compiled.set(rule, tests);
  }
  return tests;
}

/** Could any rule card this month? A card needs its condition to hold in the month under review. */
function mayCard(rules: readonly WarningRule[], subject: WarningSubject, record: FixedRecord): boolean {
  return rules.some((rule) => isInScope(rule.scope, subject) && testsOf(rule).some((t) => {
    const value = metricValue(t.metric, record);
    return value !== null && holds(value, t.op, t.value);
  }));
}

/**
 * The cards the enabled rules raise for one district × indicator at `month`, most severe first.
 * Time-progress rules are written for higher-is-better flows (DOMAIN.md: completion below a share
 * of time progress), so levels and lower-is-better indicators are never carded. A month without a
 * figure breaks an "N months in a row" run; runs stay inside the year (targets are annual) and
 * start at `fromMonth` (the lookback the rules need).
 */
export function cardsFor(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number, fromMonth = 1, current?: Cell): WarningCard[] {
  const rules = index.ds.rules;
  if (rules.length === 0 || !tracksTimeProgress(indicator) || indicator.direction !== 'higher') return [];
  const withTask = usesMonthlyTask(rules);
  const record = (cell: Cell, m: number): FixedRecord => ({
    completion: cell.completion,
    timeProgress: cell.timeProgress,
    monthlyTask: withTask && cell.ytd !== null ? monthlyTaskCompletion(index, indicator, organisationId, year, m, cell.ytd) : null,
  });
  const now = current ?? measureCell(index, indicator, organisationId, year, month);
  if (now.ytd === null) return [];
  const subject: WarningSubject = { orgId: String(organisationId), orgLevel: 'district', indicatorCode: indicator.code };
  if (!mayCard(rules, subject, record(now, month))) return [];
  const months: MonthRecord[] = [];
  for (let m = Math.max(1, fromMonth); m <= month; m += 1) {
    const cell = m === month ? now : measureCell(index, indicator, organisationId, year, m);
    if (cell.ytd === null) continue;
    const r = record(cell, m);
    months.push({
      period: period(year, m),
      completion: r.completion === null ? null : toDec(r.completion),
      timeProgress: toDec(r.timeProgress),
      monthlyTaskCompletion: r.monthlyTask === null ? null : toDec(r.monthlyTask),
    });
  }
  const history: IndicatorHistory = { ...subject, months };
  return evaluateWarnings(rules, history, period(year, month));
}
