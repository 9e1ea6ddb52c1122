// The measures of one district × indicator × month (docs/DOMAIN.md "Formulas"): completion or
// met / not met, time progress, progress gap, growth and its gap to the growth target, the month
// value — computed in memory from the loaded facts by the rules of packages/domain (its fixed-point
// engine). No I/O here.
import {
  accumulates, comparatorForDirection, completionRate, computedGrowths, checksReportedGrowth, dueTimeProgress, fromStorage, growthDisagrees, growthGap,
  growthInUse, impliedBase, judgedByCompletion, latestDueMonth, progressGap, progressRatio, rankByValue, scheduleFromShares, shownMonthValue, storageInt,
  targetVerdict,
  type Direction, type Fixed, type ProgressSchedule, type RankOptions, type ReportingFrequency, type TargetComparator,
} from '@hongtu/domain';
import type { Schedule } from '@hongtu/contracts';
import type { IndicatorRow } from '../indicators/indicators.public';
import { factKey, monthKey, type Dataset, type FigureFact, type ResponsibilityFact, type TargetFact } from './dashboards.model';

interface ParsedTarget {
  /** Scaled integers (× 10^6) as stored. */
  amount: bigint | null;
  amountComparator: TargetComparator | null;
  growth: bigint | null;
  growthComparator: TargetComparator | null;
  schedule: ProgressSchedule | null;
}

function parseTarget(t: TargetFact): ParsedTarget {
  const none = t.noTarget;
  return {
    amount: none || t.amountTarget === null ? null : storageInt(t.amountTarget),
    amountComparator: none ? null : t.amountComparator,
    growth: none || t.growthTarget === null ? null : storageInt(t.growthTarget),
    growthComparator: none ? null : t.growthComparator,
    // A stored schedule that no longer validates falls back to linear time progress.
    schedule: t.scheduleJson ? scheduleFromShares(JSON.parse(t.scheduleJson) as Schedule) : null,
  };
}

/** Lookups over a dataset's facts, built once per answer. */
export class DatasetIndex {
  private readonly figures = new Map<number, Map<string, FigureFact>>();
  private readonly targets = new Map<number, Map<string, ParsedTarget>>();
  private readonly responsibilities = new Map<string, ResponsibilityFact>();
  private readonly frequencies = new Map<number, ReportingFrequency>();

  constructor(readonly ds: Dataset) {
    for (const i of ds.indicators) this.frequencies.set(i.id, i.frequency);
    for (const f of ds.figures) {
      const key = monthKey(f.year, f.month);
      let byFact = this.figures.get(key);
      if (!byFact) this.figures.set(key, (byFact = new Map()));
      byFact.set(factKey(f.organisationId, f.indicatorId), f);
    }
    const byYear = (list: readonly TargetFact[]) => new Map(list.map((t) => [factKey(t.organisationId, t.indicatorId), parseTarget(t)]));
    this.targets.set(ds.year, byYear(ds.targets));
    if (ds.lastYearTargets) this.targets.set(ds.year - 1, byYear(ds.lastYearTargets));
    for (const r of ds.responsibilities) this.responsibilities.set(factKey(r.organisationId, r.indicatorId), r);
  }

  figure(organisationId: number, indicatorId: number, year: number, month: number): FigureFact | undefined {
    return this.figures.get(monthKey(year, month))?.get(factKey(organisationId, indicatorId));
  }

  ytd(organisationId: number, indicatorId: number, year: number, month: number): bigint | null {
    const raw = this.figure(organisationId, indicatorId, year, month)?.ytd ?? null;
    return raw === null ? null : storageInt(raw);
  }

  /** The target of the dataset's year, or of last year when it was loaded (runs that reach back over New Year). */
  target(organisationId: number, indicatorId: number, year = this.ds.year): ParsedTarget | undefined {
    return this.targets.get(year)?.get(factKey(organisationId, indicatorId));
  }

  responsibility(organisationId: number, indicatorId: number): ResponsibilityFact | undefined {
    return this.responsibilities.get(factKey(organisationId, indicatorId));
  }

  /** Last year's YTD as the base of a growth: as approved for the month under review, else as loaded. */
  baseYtd(organisationId: number, indicatorId: number, year: number, month: number): bigint | null {
    if (year === this.ds.year - 1 && month === this.ds.month && this.ds.approvedBases) {
      const raw = this.ds.approvedBases.get(organisationId)?.get(indicatorId) ?? null;
      return raw === null ? null : storageInt(raw);
    }
    return this.ytd(organisationId, indicatorId, year, month);
  }

  /**
   * Time progress at the end of `month` (0 for month 0): the target's schedule, else m / 12, taken at
   * the indicator's latest due month (a 1-2月 first release has none in January, so February's
   * task is two months').
   */
  timeProgress(organisationId: number, indicatorId: number, month: number, year = this.ds.year): Fixed {
    const schedule = this.target(organisationId, indicatorId, year)?.schedule ?? null;
    return month === 0 ? 0n : dueTimeProgress(this.frequencies.get(indicatorId) ?? 'monthly', month, schedule);
  }
}

export interface Cell {
  figure: FigureFact | undefined;
  /** Stored amounts, scaled × 10^6. */
  ytd: bigint | null;
  reportedYoy: bigint | null;
  amountTarget: bigint | null;
  /** How the amount target is stated; the indicator's direction when the target does not say. */
  amountComparator: TargetComparator | null;
  growthTarget: bigint | null;
  growthComparator: TargetComparator | null;
  /** Our own growth against last year's same period (fixed, percent); none for levels and real growth. */
  yoy: Fixed | null;
  yoyMismatch: boolean;
  /** The growth rankings, averages and growth gaps take (packages/domain growthInUse). */
  growth: Fixed | null;
  /** The base `growth` stands on (fixed, the indicator's unit): what a group's growth sums. */
  growthBase: Fixed | null;
  /** The amount target is a floor of a flow or stock: judged by completion against time progress. */
  byCompletion: boolean;
  completion: Fixed | null;
  timeProgress: Fixed;
  progressGap: Fixed | null;
  /** A ceiling, or a target of a level, judged met or not; null when judged by completion or no target. */
  amountMet: boolean | null;
  /** Growth − growth target (pp) and whether the growth target is met. */
  growthGap: Fixed | null;
  growthMet: boolean | null;
  /** 当月 = YTD(m) − YTD(m−1), computed (scaled); null for levels and stocks or without last month. */
  monthValue: bigint | null;
  /** Last year's same period as the base of growth is read (scaled); null when not loaded or not reported. */
  lastYearYtd: bigint | null;
}

/** The measures of one district × indicator × month (of the dataset's year or the year before). */
export function measureCell(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number): Cell {
  const figure = index.figure(organisationId, indicator.id, year, month);
  const target = index.target(organisationId, indicator.id, year);
  const ytd = figure?.ytd == null ? null : storageInt(figure.ytd);
  const reportedYoy = figure?.reportedYoy == null ? null : storageInt(figure.reportedYoy);
  const reported = reportedYoy === null ? null : fromStorage(reportedYoy);
  const reportedComparable = figure?.reportedYoyComparable == null ? null : fromStorage(storageInt(figure.reportedYoyComparable));
  const adjustedBase = figure?.adjustedBase == null ? null : storageInt(figure.adjustedBase);
  const lastYearYtd = index.baseYtd(organisationId, indicator.id, year - 1, month);
  const lastYear = ytd === null ? null : lastYearYtd;
  const computed = computedGrowths(indicator.kind, indicator.growth_basis, ytd, lastYear, adjustedBase);
  const growth = growthInUse(indicator.growth_basis, { reported, reportedComparable, computed });
  // A reported growth weighs with the base it implies; ours with the base it was computed on
  // (last year's figure, or the adjusted base 同口径).
  const usedBase = computed.usedBase === 'adjusted' ? adjustedBase : computed.usedBase === 'last_year' ? lastYear : null;
  const growthBase = growth === null || ytd === null ? null
    : growth === computed.used && usedBase !== null ? fromStorage(usedBase)
      : impliedBase(fromStorage(ytd), growth);

  const amountTarget = target?.amount ?? null;
  const amountComparator = amountTarget === null ? null : (target?.amountComparator ?? comparatorForDirection(indicator.direction));
  const byCompletion = amountComparator !== null && judgedByCompletion(indicator.kind, amountComparator);
  const tp = index.timeProgress(organisationId, indicator.id, month, year);
  const completion = byCompletion && ytd !== null && amountTarget !== null ? completionRate(ytd, amountTarget) : null;
  const amountMet = !byCompletion && amountComparator !== null && amountTarget !== null && ytd !== null
    ? targetVerdict(ytd, amountTarget, amountComparator).met : null;

  const growthTarget = target?.growth ?? null;
  const growthComparator = growthTarget === null ? null : (target?.growthComparator ?? 'ge');
  const targetGrowth = growthTarget === null ? null : fromStorage(growthTarget);
  const previous = month === 1 ? null : index.ytd(organisationId, indicator.id, year, month - 1);
  return {
    figure, ytd, reportedYoy, amountTarget, amountComparator, growthTarget, growthComparator,
    yoy: computed.natural,
    yoyMismatch: checksReportedGrowth(indicator.kind, indicator.growth_basis) && growthDisagrees(reported, computed.natural),
    growth,
    growthBase,
    byCompletion,
    completion,
    timeProgress: tp,
    progressGap: completion !== null && accumulates(indicator.kind) ? progressGap(completion, tp) : null,
    amountMet,
    growthGap: growth !== null && targetGrowth !== null ? growthGap(growth, targetGrowth) : null,
    growthMet: growth !== null && targetGrowth !== null && growthComparator !== null ? targetVerdict(growth, targetGrowth, growthComparator).met : null,
    monthValue: shownMonthValue(indicator.kind, month, ytd, previous),
    lastYearYtd,
  };
}

/**
 * The cell that stands for an indicator in a month's overview or ranking (DOMAIN.md "Reporting
 * frequency"): that of its latest due month — in October a quarterly GDP is its 前三季度 figure —
 * with no month value of its own; empty before its first due month. The district page's trend and
 * the cards keep to the months themselves.
 */
export function standingCell(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number): Cell {
  const due = latestDueMonth(indicator.frequency, month) ?? month;
  if (due === month) return measureCell(index, indicator, organisationId, year, month);
  return { ...measureCell(index, indicator, organisationId, year, due), monthValue: null };
}

export interface RankResult {
  ranks: Map<number, number | null>;
  /** The value each unit was ranked on (the published rounding). */
  rankedValues: Map<number, Fixed | null>;
  average: Fixed | null;
  vsAverage: Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>;
}

/** packages/domain rankByValue, keyed by organisation id for the shapers. */
export function rankValues(entries: ReadonlyArray<{ organisationId: number; value: Fixed | null }>, direction: Direction, options: RankOptions = {}): RankResult {
  const ranking = rankByValue(entries.map((e) => ({ orgId: e.organisationId, value: e.value })), direction, options);
  const ranks = new Map<number, number | null>();
  const rankedValues = new Map<number, Fixed | null>();
  const vsAverage = new Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>();
  for (const row of ranking.rows) {
    ranks.set(row.orgId, row.rank);
    rankedValues.set(row.orgId, row.rankedValue);
    if (row.rank !== null) vsAverage.set(row.orgId, { above: row.vsAverage, better: row.betterThanAverage });
  }
  return { ranks, rankedValues, average: ranking.average, vsAverage };
}

/** 100 × a / b for fixed values; null when b ≤ 0 (progressRatio). */
export const ratioOf = (a: Fixed, b: Fixed): Fixed | null => progressRatio(a, b);
