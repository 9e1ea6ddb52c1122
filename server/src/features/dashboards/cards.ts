// Warning cards of one district × indicator from the enabled rules (docs/DOMAIN.md "Card rules").
// The rules are evaluated by packages/domain evaluateWarnings over the months its monthsBack gives
// (the one definition of "N months in a row": across New Year, passing over months the indicator
// is not due); a pre-check of the month under review with the same domain metrics skips the
// history walk for the many cells no rule can card.
import {
  FIXED_ONE,
  accumulates,
  compareWith,
  conditionHolds,
  evaluateWarnings,
  fromStorage,
  isDue,
  isInScope,
  metricValue,
  monthsBack,
  monthsNeeded,
  percentOf,
  period,
  previousDueMonth,
  type Fixed,
  type IndicatorHistory,
  type MonthRecord,
  type Period,
  type WarningCard,
  type WarningRule,
  type WarningSubject,
} from '@hongtu/domain';
import type { IndicatorRow } from '../indicators/indicators.public';
import { measureCell, type Cell, type DatasetIndex } from './measures';

const usesMonthlyTask = (rules: readonly WarningRule[]) =>
  rules.some((r) => (r.kind === 'metric_threshold' ? r.metric : r.condition.kind === 'metric' ? r.condition.metric : null) === 'monthly_task_completion');

/** The months an indicator's cards at `asOf` may look at, oldest first (packages/domain monthsBack). */
export function cardMonths(rules: readonly WarningRule[], indicator: Pick<IndicatorRow, 'frequency'>, asOf: Period): Period[] {
  return monthsBack(asOf, monthsNeeded(rules), (p) => isDue(indicator.frequency, p.month));
}

/**
 * This month's own task completion (county and Sanya rules): the month value YTD(m) − YTD(m−1)
 * against the month's share of the annual target, target × (tp(m) − tp(m−1)) / 100. For an
 * indicator not reported every month the step is from its previous due month (the first release
 * of 1-2月 carries two months' task, a quarter's figure the quarter's).
 */
export function monthlyTaskCompletion(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number, ytd: bigint): Fixed | null {
  const target = index.target(organisationId, indicator.id, year)?.amount ?? null;
  if (target === null || target <= 0n) return null;
  const previousDue = previousDueMonth(indicator.frequency, month);
  const previous = previousDue === null ? 0n : index.ytd(organisationId, indicator.id, year, previousDue);
  if (previous === null) return null;
  const share = index.timeProgress(organisationId, indicator.id, month, year) - index.timeProgress(organisationId, indicator.id, month - 1, year);
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
 * What the rules may test of one month, each fact only where its rule applies (DOMAIN.md "Card
 * rules"): completion against time progress for flows held to an amount at least; the growth
 * against a growth target; met or not for a ceiling or a target of a rate.
 */
function monthRecord(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, p: Period, cell: Cell, withTask: boolean): MonthRecord {
  const paced = cell.byCompletion && accumulates(indicator.kind);
  return {
    period: p,
    completion: paced ? cell.completion : null,
    timeProgress: paced ? cell.timeProgress : null,
    monthlyTaskCompletion: paced && withTask && cell.ytd !== null ? monthlyTaskCompletion(index, indicator, organisationId, p.year, p.month, cell.ytd) : null,
    growth: cell.growth,
    growthTarget: cell.growthTarget === null ? null : fromStorage(cell.growthTarget),
    growthComparator: cell.growthComparator,
    targetMet: cell.amountMet,
  };
}

/** A figure was published for the month: an amount, or for a real-growth indicator its rate alone. */
const hasFigure = (cell: Cell) => cell.figure !== undefined && (cell.ytd !== null || cell.reportedYoy !== null);

/**
 * The cards the enabled rules raise for one district × indicator at `month`, most severe first.
 * A month the indicator is not due raises nothing; a due month without a figure breaks an "N months
 * in a row" run, a month not due is passed over; runs reach back over New Year when the rules need it.
 */
export function cardsFor(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number, current?: Cell): WarningCard[] {
  const rules = index.ds.rules;
  if (rules.length === 0 || !isDue(indicator.frequency, month)) return [];
  const withTask = usesMonthlyTask(rules);
  const asOf = period(year, month);
  const now = current ?? measureCell(index, indicator, organisationId, year, month);
  if (!hasFigure(now)) return [];
  const subject: WarningSubject = { orgId: String(organisationId), orgLevel: 'district', indicatorCode: indicator.code };
  if (!mayCard(rules, subject, monthRecord(index, indicator, organisationId, asOf, now, withTask))) return [];
  const months: MonthRecord[] = [];
  for (const p of cardMonths(rules, indicator, asOf)) {
    if (!isDue(indicator.frequency, p.month)) continue;
    const cell = p.year === year && p.month === month ? now : measureCell(index, indicator, organisationId, p.year, p.month);
    if (hasFigure(cell)) months.push(monthRecord(index, indicator, organisationId, p, cell, withTask));
  }
  const history: IndicatorHistory = { ...subject, months };
  return evaluateWarnings(rules, history, asOf, (p) => isDue(indicator.frequency, p.month));
}

/** The longest run of cards a board counts back (连续N个月): a year. */
export const CARDED_RUN_LIMIT = 12;

/** The months the board loads so that every month of a run of cards can be judged with its own look-back. */
export function cardedRunMonths(rules: readonly WarningRule[], indicator: Pick<IndicatorRow, 'frequency'>, asOf: Period): Period[] {
  return monthsBack(asOf, CARDED_RUN_LIMIT - 1 + monthsNeeded(rules), (p) => isDue(indicator.frequency, p.month));
}

/**
 * 连续N个月: how many due months in a row, up to and including `month`, the district × indicator has
 * carried a card of any colour, at most CARDED_RUN_LIMIT. Months the indicator is not due are passed
 * over (the same definition as a rule's run); a due month without a card ends the run.
 */
export function monthsCarded(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number): number {
  const due = (p: Period) => isDue(indicator.frequency, p.month);
  const months = monthsBack(period(year, month), CARDED_RUN_LIMIT - 1, due).filter(due).reverse();
  let run = 0;
  for (const p of months) {
    if (cardsFor(index, indicator, organisationId, p.year, p.month).length === 0) break;
    run += 1;
  }
  return run;
}
