// The measures of one district × indicator × month (DOMAIN.md "Formulas"): completion = YTD /
// annual target, time progress (the target's schedule or m / 12), progress gap = completion − time
// progress, growth = (YTD − last year's) / last year's. Computed in memory from the loaded facts
// with fixed-point bigints (fixed.ts); the formulas are those of packages/domain progress.ts and
// measures.test.ts holds them to it. No I/O here.
import { validateSchedule, type Direction, type ProgressSchedule } from '@hongtu/domain';
import type { Schedule } from '@hongtu/contracts';
import type { IndicatorRow } from '../indicators/indicators.table';
import { scheduleToDomain } from '../targets/targets.service';
import { factKey, monthKey, type Dataset, type FigureFact, type ResponsibilityFact } from './dashboards.model';
import {
  FIXED_ONE,
  absFixed,
  compareFixed,
  fromDec,
  fromDecimalText,
  fromStorage,
  linearProgress,
  percentOf,
  storageInt,
  type Fixed,
} from './fixed';

/** Same tolerance as the consistency check of a submission (reporting/consistency.ts). */
export const YOY_MISMATCH_TOLERANCE_PP = fromDecimalText('0.5');

/** Levels (rates, growth) are not accumulated: no completion, no computed growth. */
export const isLevel = (indicator: Pick<IndicatorRow, 'kind'>) => indicator.kind === 'ratio' || indicator.kind === 'growth_rate';
/** Flows accumulate over the year, so "half the time, half the task" applies to them. */
export const tracksTimeProgress = (indicator: Pick<IndicatorRow, 'kind'>) => indicator.kind === 'cumulative' || indicator.kind === 'count';
export const directionOf = (indicator: Pick<IndicatorRow, 'direction'>): Direction =>
  indicator.direction === 'lower' ? 'lower_is_better' : 'higher_is_better';

interface ParsedTarget {
  /** Scaled integers (× 10^6) as stored. */
  amount: bigint | null;
  growth: bigint | null;
  /** Cumulative percent due by the end of each month (12) or quarter (4). */
  schedule: { kind: ProgressSchedule['kind']; cumulative: Fixed[] } | null;
}

function parseSchedule(json: string | null): ParsedTarget['schedule'] {
  if (!json) return null;
  const schedule = scheduleToDomain(JSON.parse(json) as Schedule);
  // A stored schedule was validated on write; an invalid one falls back to linear time progress.
  if (!schedule || validateSchedule(schedule).length > 0) return null;
  return { kind: schedule.kind, cumulative: schedule.cumulative.map(fromDec) };
}

/** Lookups over a dataset's facts, built once per answer. */
export class DatasetIndex {
  private readonly figures = new Map<number, Map<string, FigureFact>>();
  private readonly targets = new Map<string, ParsedTarget>();
  private readonly responsibilities = new Map<string, ResponsibilityFact>();
  private readonly linear = new Map<number, Fixed>();

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
        schedule: parseSchedule(t.scheduleJson),
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

  /**
   * Time progress at the end of `month` (percent): the target's schedule when it has one (a
   * quarterly one interpolated inside the quarter, as packages/domain timeProgress), else m / 12.
   */
  timeProgress(organisationId: number, indicatorId: number, month: number): Fixed {
    if (month <= 0) return 0n;
    const schedule = this.target(organisationId, indicatorId)?.schedule;
    if (schedule?.kind === 'monthly') return schedule.cumulative[month - 1] ?? 0n;
    if (schedule?.kind === 'quarterly') {
      const q = Math.ceil(month / 3) - 1;
      const start = schedule.cumulative[q - 1] ?? 0n;
      const end = schedule.cumulative[q] ?? 0n;
      return start + ((end - start) * BigInt(month - q * 3)) / 3n;
    }
    let linear = this.linear.get(month);
    if (linear === undefined) this.linear.set(month, (linear = linearProgress(month)));
    return linear;
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
  const level = isLevel(indicator);
  let yoy: Fixed | null = null;
  if (ytd !== null && !level) {
    // yoyGrowth: null when last year's figure is zero or negative.
    const lastYear = index.ytd(organisationId, indicator.id, year - 1, month);
    if (lastYear !== null) yoy = percentOf(ytd - lastYear, lastYear);
  }
  const amountTarget = target?.amount ?? null;
  const tp = index.timeProgress(organisationId, indicator.id, month);
  // completionRate: null when the target is not positive.
  const completion = ytd !== null && amountTarget !== null && !level ? percentOf(ytd, amountTarget) : null;
  const reported = reportedYoy === null ? null : fromStorage(reportedYoy);
  return {
    figure, ytd, reportedYoy, amountTarget, growthTarget: target?.growth ?? null,
    yoy,
    yoyMismatch: yoy !== null && reported !== null && absFixed(reported - yoy) > YOY_MISMATCH_TOLERANCE_PP,
    growth: reported ?? yoy,
    completion,
    timeProgress: tp,
    progressGap: completion !== null && tracksTimeProgress(indicator) ? completion - tp : null,
  };
}

export interface RankResult {
  ranks: Map<number, number | null>;
  average: Fixed | null;
  vsAverage: Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>;
}

/**
 * Standard competition ranks (ties share, 1 2 2 4) in the indicator's direction, best first,
 * with the arithmetic mean — packages/domain rankByValue on fixed values (measures.test.ts).
 */
export function rankValues(entries: ReadonlyArray<{ organisationId: number; value: Fixed | null }>, direction: Direction): RankResult {
  const sign = direction === 'higher_is_better' ? -1 : 1;
  const withValue = entries.filter((e): e is { organisationId: number; value: Fixed } => e.value !== null);
  const sorted = [...withValue].sort((a, b) => sign * compareFixed(a.value, b.value));
  const average = withValue.length === 0 ? null : withValue.reduce((s, e) => s + e.value, 0n) / BigInt(withValue.length);
  const ranks = new Map<number, number | null>();
  const vsAverage = new Map<number, { above: 'above' | 'equal' | 'below' | null; better: boolean | null }>();
  sorted.forEach((entry, i) => {
    const previous = sorted[i - 1];
    ranks.set(entry.organisationId, previous && previous.value === entry.value ? ranks.get(previous.organisationId)! : i + 1);
    const c = compareFixed(entry.value, average!);
    vsAverage.set(entry.organisationId, { above: c > 0 ? 'above' : c < 0 ? 'below' : 'equal', better: sign * c < 0 });
  });
  for (const e of entries) if (e.value === null) ranks.set(e.organisationId, null);
  return { ranks, average, vsAverage };
}

/** Mean of the known values (truncated like every fixed value); null when none. */
export function averageFixed(values: ReadonlyArray<Fixed | null>): Fixed | null {
  let sum = 0n;
  let n = 0n;
  for (const v of values) if (v !== null) { sum += v; n += 1n; }
  return n === 0n ? null : sum / n;
}

/** 100 × a / b for fixed values; null when b ≤ 0 (progressRatio). */
export const ratioOf = (a: Fixed, b: Fixed): Fixed | null => (b <= 0n ? null : (a * 100n * FIXED_ONE) / b);
