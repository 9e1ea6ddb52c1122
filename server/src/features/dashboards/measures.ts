// The measures of one district × indicator × month (DOMAIN.md "Formulas"), computed in memory
// from the loaded facts with the pure functions of packages/domain. No I/O here.
import {
  abs,
  completionRate,
  dec,
  evaluateWarnings,
  linearTimeProgress,
  period,
  progressGap,
  rankByValue,
  round,
  timeProgress,
  toPlainString,
  yoyGrowth,
  type Dec,
  type Direction,
  type IndicatorHistory,
  type MonthRecord,
  type ProgressSchedule,
  type WarningCard,
  type WarningRule,
} from '@hongtu/domain';
import type { Schedule } from '@hongtu/contracts';
import type { IndicatorRow } from '../indicators/indicators.table';
import { amountFromDb } from '../indicators/amount-codec';
import { scheduleToDomain } from '../targets/targets.service';
import { factKey, monthKey, type Dataset, type FigureFact, type ResponsibilityFact } from './dashboards.model';

/** Same tolerance as the consistency check of a submission (reporting/consistency.ts). */
export const YOY_MISMATCH_TOLERANCE_PP = dec('0.5');
const MAX_RATE = dec('1e12');

/** Levels (rates, growth) are not accumulated: no completion, no computed growth. */
export const isLevel = (indicator: Pick<IndicatorRow, 'kind'>) => indicator.kind === 'ratio' || indicator.kind === 'growth_rate';
/** Flows accumulate over the year, so "half the time, half the task" applies to them. */
export const tracksTimeProgress = (indicator: Pick<IndicatorRow, 'kind'>) => indicator.kind === 'cumulative' || indicator.kind === 'count';
export const directionOf = (indicator: Pick<IndicatorRow, 'direction'>): Direction =>
  indicator.direction === 'lower' ? 'lower_is_better' : 'higher_is_better';

/** A rate or gap as API text: at most 6 decimals (half-up), null when absurdly large. */
export function rateText(value: Dec | null): string | null {
  if (value === null || abs(value).greaterThanOrEqualTo(MAX_RATE)) return null;
  return toPlainString(round(value, 6));
}

export function decText(value: Dec | null): string | null {
  return value === null ? null : toPlainString(value);
}

interface ParsedTarget {
  amount: Dec | null;
  growth: Dec | null;
  schedule: ProgressSchedule | null;
}

/** Lookups over a dataset's facts, built once per answer. */
export class DatasetIndex {
  private readonly figures = new Map<number, Map<string, FigureFact>>();
  private readonly targets = new Map<string, ParsedTarget>();
  private readonly responsibilities = new Map<string, ResponsibilityFact>();
  private readonly linear = new Map<number, Dec>();

  constructor(readonly ds: Dataset) {
    for (const f of ds.figures) {
      const key = monthKey(f.year, f.month);
      let byFact = this.figures.get(key);
      if (!byFact) this.figures.set(key, (byFact = new Map()));
      byFact.set(factKey(f.organisationId, f.indicatorId), f);
    }
    for (const t of ds.targets) {
      const schedule = t.scheduleJson ? scheduleToDomain(JSON.parse(t.scheduleJson) as Schedule) : null;
      this.targets.set(factKey(t.organisationId, t.indicatorId), {
        amount: t.noTarget ? null : amountFromDb(t.amountTarget),
        growth: t.noTarget ? null : amountFromDb(t.growthTarget),
        schedule,
      });
    }
    for (const r of ds.responsibilities) this.responsibilities.set(factKey(r.organisationId, r.indicatorId), r);
  }

  figure(organisationId: number, indicatorId: number, year: number, month: number): FigureFact | undefined {
    return this.figures.get(monthKey(year, month))?.get(factKey(organisationId, indicatorId));
  }

  target(organisationId: number, indicatorId: number): ParsedTarget | undefined {
    return this.targets.get(factKey(organisationId, indicatorId));
  }

  responsibility(organisationId: number, indicatorId: number): ResponsibilityFact | undefined {
    return this.responsibilities.get(factKey(organisationId, indicatorId));
  }

  /** The target's schedule when it has a valid one, else m / 12 (percent). */
  timeProgress(organisationId: number, indicatorId: number, month: number): Dec {
    const schedule = this.target(organisationId, indicatorId)?.schedule;
    if (schedule) {
      try {
        return timeProgress(month, schedule);
      } catch {
        // An invalid stored schedule falls back to linear time progress.
      }
    }
    let linear = this.linear.get(month);
    if (!linear) this.linear.set(month, (linear = linearTimeProgress(month)));
    return linear;
  }
}

export interface CellMeasures {
  figure: FigureFact | undefined;
  ytd: Dec | null;
  reportedYoy: Dec | null;
  /** Computed from last year's same period. */
  yoy: Dec | null;
  yoyMismatch: boolean;
  /** The growth a ranking uses: the reported (comparable-basis 同口径) figure, else the computed one. */
  growth: Dec | null;
  amountTarget: Dec | null;
  growthTarget: Dec | null;
  completion: Dec | null;
  timeProgress: Dec;
  progressGap: Dec | null;
}

/** Completion, time progress, gap and growth of one district × indicator × month. */
export function measureCell(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number): CellMeasures {
  const figure = index.figure(organisationId, indicator.id, year, month);
  const target = index.target(organisationId, indicator.id);
  const ytd = amountFromDb(figure?.ytd ?? null);
  const reportedYoy = amountFromDb(figure?.reportedYoy ?? null);
  const level = isLevel(indicator);
  let yoy: Dec | null = null;
  if (ytd !== null && !level) {
    const lastYear = amountFromDb(index.figure(organisationId, indicator.id, year - 1, month)?.ytd ?? null);
    if (lastYear !== null) yoy = yoyGrowth(ytd, lastYear);
  }
  const amountTarget = target?.amount ?? null;
  const tp = index.timeProgress(organisationId, indicator.id, month);
  const completion = ytd !== null && amountTarget !== null && !level ? completionRate(ytd, amountTarget) : null;
  const gap = completion !== null && tracksTimeProgress(indicator) ? progressGap(completion, tp) : null;
  const yoyMismatch = yoy !== null && reportedYoy !== null && abs(reportedYoy.minus(yoy)).greaterThan(YOY_MISMATCH_TOLERANCE_PP);
  return {
    figure, ytd, reportedYoy, yoy, yoyMismatch,
    growth: reportedYoy ?? yoy,
    amountTarget, growthTarget: target?.growth ?? null,
    completion, timeProgress: tp, progressGap: gap,
  };
}

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

function needsMonthlyTask(rules: readonly WarningRule[]): boolean {
  return rules.some((r) => (r.kind === 'metric_threshold' ? r.metric : r.condition.kind === 'metric' ? r.condition.metric : null) === 'monthly_task_completion');
}

/**
 * This month's own task completion (county and Sanya rules): the month value YTD(m) − YTD(m−1)
 * against the month's share of the annual target, target × (tp(m) − tp(m−1)).
 */
function monthlyTaskCompletion(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number, ytd: Dec): Dec | null {
  const target = index.target(organisationId, indicator.id)?.amount ?? null;
  if (target === null || target.lessThanOrEqualTo(0)) return null;
  const previous = month === 1 ? dec(0) : amountFromDb(index.figure(organisationId, indicator.id, year, month - 1)?.ytd ?? null);
  if (previous === null) return null;
  const share = index.timeProgress(organisationId, indicator.id, month).minus(month === 1 ? 0 : index.timeProgress(organisationId, indicator.id, month - 1));
  const task = target.times(share).dividedBy(100);
  if (task.lessThanOrEqualTo(0)) return null;
  return ytd.minus(previous).times(100).dividedBy(task);
}

/**
 * The cards the enabled rules raise for one district × indicator at `month`, most severe first.
 * Time-progress rules are written for higher-is-better flows (DOMAIN.md: completion below a share
 * of time progress), so levels and lower-is-better indicators are never carded. A month without a
 * figure breaks an "N months in a row" run; runs stay inside the year (targets are annual).
 */
export function cardsFor(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number, fromMonth = 1): WarningCard[] {
  const rules = index.ds.rules;
  if (rules.length === 0 || !tracksTimeProgress(indicator) || indicator.direction !== 'higher') return [];
  const withTask = needsMonthlyTask(rules);
  const months: MonthRecord[] = [];
  for (let m = Math.max(1, fromMonth); m <= month; m += 1) {
    const cell = measureCell(index, indicator, organisationId, year, m);
    if (cell.ytd === null) continue;
    months.push({
      period: period(year, m),
      completion: cell.completion,
      timeProgress: cell.timeProgress,
      monthlyTaskCompletion: withTask ? monthlyTaskCompletion(index, indicator, organisationId, year, m, cell.ytd) : null,
    });
  }
  if (months.length === 0) return [];
  const history: IndicatorHistory = { orgId: String(organisationId), orgLevel: 'district', indicatorCode: indicator.code, months };
  return evaluateWarnings(rules, history, period(year, month));
}

export interface RankResult {
  ranks: Map<number, number | null>;
  average: Dec | null;
  vsAverage: Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>;
}

/** Standard competition ranks (ties share, 1 2 2 4) in the indicator's direction, with the mean. */
export function rankValues(entries: ReadonlyArray<{ organisationId: number; value: Dec | null }>, direction: Direction): RankResult {
  const ranking = rankByValue(entries.map((e) => ({ orgId: String(e.organisationId), value: e.value })), direction);
  const ranks = new Map<number, number | null>();
  const vsAverage = new Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>();
  for (const row of ranking.rows) {
    ranks.set(Number(row.orgId), row.rank);
    vsAverage.set(Number(row.orgId), { above: row.vsAverage, better: row.betterThanAverage });
  }
  return { ranks, average: ranking.average, vsAverage };
}
