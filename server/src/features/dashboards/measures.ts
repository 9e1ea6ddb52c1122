// The measures of one district × indicator × month (docs/DOMAIN.md "Formulas"): completion, time
// progress, progress gap, growth — computed in memory from the loaded facts by the rules of
// packages/domain (its fixed-point engine). No I/O here.
import {
  accumulates, completionRate, computesGrowth, fromStorage, growthDisagrees, hasCompletion, progressGap, progressRatio,
  rankByValue, scheduleFromShares, storageInt, validatedTimeProgress, yoyGrowth,
  type Direction, type Fixed, type ProgressSchedule,
} from '@hongtu/domain';
import type { Schedule } from '@hongtu/contracts';
import type { IndicatorRow } from '../indicators/indicators.public';
import { factKey, monthKey, type Dataset, type FigureFact, type ResponsibilityFact } from './dashboards.model';

interface ParsedTarget {
  /** Scaled integers (× 10^6) as stored. */
  amount: bigint | null;
  growth: bigint | null;
  schedule: ProgressSchedule | null;
}

/** Lookups over a dataset's facts, built once per answer. */
export class DatasetIndex {
  private readonly figures = new Map<number, Map<string, FigureFact>>();
  private readonly targets = new Map<string, ParsedTarget>();
  private readonly responsibilities = new Map<string, ResponsibilityFact>();

  constructor(readonly ds: Dataset) {
    for (const f of ds.figures) {
      const key = monthKey(f.year, f.month);
      let byFact = this.figures.get(key);
      if (!byFact) this.figures.set(key, (byFact = new Map()));
      byFact.set(factKey(f.organisationId, f.indicatorId), f);
    }
    for (const t of ds.targets) {
      this.targets.set(factKey(t.organisationId, t.indicatorId), {
        amount: t.noTarget || t.amountTarget === null ? null : storageInt(t.amountTarget),
        growth: t.noTarget || t.growthTarget === null ? null : storageInt(t.growthTarget),
        // A stored schedule that no longer validates falls back to linear time progress.
        schedule: t.scheduleJson ? scheduleFromShares(JSON.parse(t.scheduleJson) as Schedule) : null,
      });
    }
    for (const r of ds.responsibilities) this.responsibilities.set(factKey(r.organisationId, r.indicatorId), r);
  }

  figure(organisationId: number, indicatorId: number, year: number, month: number): FigureFact | undefined {
    return this.figures.get(monthKey(year, month))?.get(factKey(organisationId, indicatorId));
  }

  ytd(organisationId: number, indicatorId: number, year: number, month: number): bigint | null {
    const raw = this.figure(organisationId, indicatorId, year, month)?.ytd ?? null;
    return raw === null ? null : storageInt(raw);
  }

  target(organisationId: number, indicatorId: number): ParsedTarget | undefined {
    return this.targets.get(factKey(organisationId, indicatorId));
  }

  responsibility(organisationId: number, indicatorId: number): ResponsibilityFact | undefined {
    return this.responsibilities.get(factKey(organisationId, indicatorId));
  }

  /** Time progress at the end of `month` (0 for month 0): the target's schedule, else m / 12. */
  timeProgress(organisationId: number, indicatorId: number, month: number): Fixed {
    return validatedTimeProgress(month, this.target(organisationId, indicatorId)?.schedule ?? null);
  }
}

export interface Cell {
  figure: FigureFact | undefined;
  /** Stored amounts, scaled × 10^6. */
  ytd: bigint | null;
  reportedYoy: bigint | null;
  amountTarget: bigint | null;
  growthTarget: bigint | null;
  /** Computed from last year's same period (fixed, percent). */
  yoy: Fixed | null;
  yoyMismatch: boolean;
  /** The growth a ranking uses: the reported (comparable-basis 同口径) figure, else the computed one. */
  growth: Fixed | null;
  completion: Fixed | null;
  timeProgress: Fixed;
  progressGap: Fixed | null;
}

/** Completion, time progress, gap and growth of one district × indicator × month. */
export function measureCell(index: DatasetIndex, indicator: IndicatorRow, organisationId: number, year: number, month: number): Cell {
  const figure = index.figure(organisationId, indicator.id, year, month);
  const target = index.target(organisationId, indicator.id);
  const ytd = figure?.ytd == null ? null : storageInt(figure.ytd);
  const reportedYoy = figure?.reportedYoy == null ? null : storageInt(figure.reportedYoy);
  let yoy: Fixed | null = null;
  if (ytd !== null && computesGrowth(indicator.kind)) {
    const lastYear = index.ytd(organisationId, indicator.id, year - 1, month);
    if (lastYear !== null) yoy = yoyGrowth(ytd, lastYear);
  }
  const amountTarget = target?.amount ?? null;
  const tp = index.timeProgress(organisationId, indicator.id, month);
  const completion = ytd !== null && amountTarget !== null && hasCompletion(indicator.kind) ? completionRate(ytd, amountTarget) : null;
  const reported = reportedYoy === null ? null : fromStorage(reportedYoy);
  return {
    figure, ytd, reportedYoy, amountTarget, growthTarget: target?.growth ?? null,
    yoy,
    yoyMismatch: growthDisagrees(reported, yoy),
    growth: reported ?? yoy,
    completion,
    timeProgress: tp,
    progressGap: completion !== null && accumulates(indicator.kind) ? progressGap(completion, tp) : null,
  };
}

export interface RankResult {
  ranks: Map<number, number | null>;
  average: Fixed | null;
  vsAverage: Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>;
}

/** packages/domain rankByValue, keyed by organisation id for the shapers. */
export function rankValues(entries: ReadonlyArray<{ organisationId: number; value: Fixed | null }>, direction: Direction): RankResult {
  const ranking = rankByValue(entries.map((e) => ({ orgId: e.organisationId, value: e.value })), direction);
  const ranks = new Map<number, number | null>();
  const vsAverage = new Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>();
  for (const row of ranking.rows) {
    ranks.set(row.orgId, row.rank);
    if (row.rank !== null) vsAverage.set(row.orgId, { above: row.vsAverage, better: row.betterThanAverage });
  }
  return { ranks, average: ranking.average, vsAverage };
}

/** 100 × a / b for fixed values; null when b ≤ 0 (progressRatio). */
export const ratioOf = (a: Fixed, b: Fixed): Fixed | null => progressRatio(a, b);
