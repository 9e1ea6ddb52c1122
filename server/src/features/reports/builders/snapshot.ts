// Reading a published overview for a report: one district × indicator at a time, each number with
// its source registered in the report's SourceBook, ready for a sentence (IndicatorFacts) or a cell.
import type { MeasureCell, Overview, OverviewRow } from '@hongtu/contracts/dashboards';
import { growthChange, isTiedRank, periodWords, statedPlaces, type IndicatorFacts, type NarrativeNumber, type RankFacts } from '@hongtu/domain';
import { type SourceBook, type SourceSubject } from './sources';

export type Indicator = Overview['indicators'][number];

/** The growth a sentence states: a district's stated rate, its comparable-basis rate, or ours (computed). */
export type StatedGrowth = NarrativeNumber & { stated: boolean; basisWords?: string };

const RANK_MEASURE_WORDS: Readonly<Record<string, string | undefined>> = { completion: undefined, progressGap: undefined, yoy: '增速', ytdValue: '总量' };

export class SnapshotReader {
  private readonly groupNames: Map<number, string>;

  constructor(
    readonly snapshot: Overview,
    readonly book: SourceBook,
    groups: ReadonlyArray<{ id: number; name: string }> = [],
    /** The city organisation, whose own reported figures (cityOwnYtd …) are figures of it. */
    readonly cityOrganisationId: number | null = null,
  ) {
    this.groupNames = new Map(groups.map((g) => [g.id, g.name]));
  }

  get periodKey(): string {
    return this.snapshot.periodKey;
  }

  indicator(code: string): Indicator | undefined {
    return this.snapshot.indicators.find((i) => i.code === code);
  }

  row(organisationId: number): OverviewRow | undefined {
    return this.snapshot.rows.find((r) => r.organisationId === organisationId);
  }

  cell(row: OverviewRow, code: string): MeasureCell | undefined {
    return row.cells.find((c) => c.indicatorCode === code);
  }

  groupName(row: OverviewRow): string | undefined {
    const id = row.groupIds[0];
    return id === undefined ? undefined : this.groupNames.get(id);
  }

  subject(row: OverviewRow | null, indicator: Indicator): SourceSubject {
    return {
      organisationId: row?.organisationId ?? null,
      organisationName: row?.organisationName ?? '全市',
      indicator,
      periodKey: indicator.figurePeriodKey ?? this.snapshot.periodKey,
    };
  }

  /**
   * The span an indicator's figures stand for when it is not the snapshot's month (a quarterly GDP in
   * August is its 上半年 figure): its words, to open the sentence; undefined when it is the month's.
   */
  figureSpanWords(indicator: Indicator): string | undefined {
    const key = indicator.figurePeriodKey;
    if (!key || key === this.snapshot.periodKey) return undefined;
    const month = Number(key.slice(5, 7));
    return month >= 1 && month <= 12 ? periodWords(month, 'named') : undefined;
  }

  /** The decimals a stored amount is written with: the indicator's, or more when stored so ("1.983"). */
  static places(value: string, indicator: Indicator): number {
    return Math.min(6, Math.max(indicator.decimals, statedPlaces(value)));
  }

  ytd(row: OverviewRow, indicator: Indicator): NarrativeNumber | null {
    const cell = this.cell(row, indicator.code);
    if (!cell?.ytdValue) return null;
    return { value: cell.ytdValue, ref: this.book.figure(this.subject(row, indicator), 'ytdValue', cell.ytdValue) };
  }

  amountTarget(row: OverviewRow, indicator: Indicator): (NarrativeNumber & { comparator: 'ge' | 'le' | null }) | null {
    const cell = this.cell(row, indicator.code);
    if (!cell?.amountTarget) return null;
    return { value: cell.amountTarget, comparator: cell.amountComparator, ref: this.book.record(this.subject(row, indicator), 'amountTarget', cell.amountTarget) };
  }

  growthTarget(row: OverviewRow, indicator: Indicator): (NarrativeNumber & { comparator: 'ge' | 'le' | null }) | null {
    const cell = this.cell(row, indicator.code);
    if (!cell?.growthTarget) return null;
    return { value: cell.growthTarget, comparator: cell.growthComparator, ref: this.book.record(this.subject(row, indicator), 'growthTarget', cell.growthTarget) };
  }

  /**
   * The growth to state: the rate the district reported (as stated), else a comparable-basis rate
   * judged in its place (同口径), else ours from last year's same period (computed, one decimal).
   */
  growth(row: OverviewRow, indicator: Indicator): StatedGrowth | null {
    const cell = this.cell(row, indicator.code);
    if (!cell) return null;
    const subject = this.subject(row, indicator);
    if (cell.reportedYoy) return { value: cell.reportedYoy, stated: true, ref: this.book.figure(subject, 'reportedYoy', cell.reportedYoy) };
    if (cell.growth && (cell.yoy === null || cell.growth !== cell.yoy)) {
      return { value: cell.growth, stated: true, basisWords: '同口径', ref: this.book.figure(subject, 'reportedYoyComparable', cell.growth) };
    }
    if (!cell.yoy) return null;
    const inputs = [this.ytd(row, indicator)?.ref, cell.lastYearYtd ? this.book.figure(subject, 'lastYearYtd', cell.lastYearYtd) : undefined].filter((x): x is string => x !== undefined);
    return { value: cell.yoy, stated: false, ref: this.book.computed(subject, 'yoy', cell.yoy, inputs) };
  }

  completion(row: OverviewRow, indicator: Indicator): NarrativeNumber | null {
    const cell = this.cell(row, indicator.code);
    if (!cell?.completion) return null;
    const inputs = [this.ytd(row, indicator)?.ref, this.amountTarget(row, indicator)?.ref].filter((x): x is string => x !== undefined);
    return { value: cell.completion, ref: this.book.computed(this.subject(row, indicator), 'completion', cell.completion, inputs) };
  }

  timeProgress(row: OverviewRow, indicator: Indicator): NarrativeNumber | null {
    const cell = this.cell(row, indicator.code);
    if (!cell) return null;
    return { value: cell.timeProgress, ref: this.book.computed(this.subject(row, indicator), 'timeProgress', cell.timeProgress, []) };
  }

  gap(row: OverviewRow, indicator: Indicator): NarrativeNumber | null {
    const cell = this.cell(row, indicator.code);
    if (!cell?.progressGap) return null;
    const inputs = [this.completion(row, indicator)?.ref, this.timeProgress(row, indicator)?.ref].filter((x): x is string => x !== undefined);
    return { value: cell.progressGap, ref: this.book.computed(this.subject(row, indicator), 'progressGap', cell.progressGap, inputs) };
  }

  growthGap(row: OverviewRow, indicator: Indicator, growth: StatedGrowth | null): NarrativeNumber | null {
    const cell = this.cell(row, indicator.code);
    if (!cell?.growthGap) return null;
    const inputs = [growth?.ref, this.growthTarget(row, indicator)?.ref].filter((x): x is string => x !== undefined);
    return { value: cell.growthGap, ref: this.book.computed(this.subject(row, indicator), 'growthGap', cell.growthGap, inputs) };
  }

  /** The district's rank in the city ('city') or in its group, with 并列 when shared. */
  rank(row: OverviewRow, indicator: Indicator, where: 'city' | 'group'): RankFacts | null {
    const cell = this.cell(row, indicator.code);
    const rank = where === 'city' ? cell?.rank : cell?.groupRank;
    if (rank === null || rank === undefined) return null;
    const groupId = row.groupIds[0];
    const peers = this.snapshot.rows.filter((r) => where === 'city' || (groupId !== undefined && r.groupIds[0] === groupId));
    const all = peers.map((r) => (where === 'city' ? this.cell(r, indicator.code)?.rank : this.cell(r, indicator.code)?.groupRank) ?? null);
    const groupName = where === 'city' ? '全市' : this.groupName(row);
    if (where === 'group' && groupName === undefined) return null;
    const measure = where === 'city' ? 'rank' : 'groupRank';
    const ref = this.book.computed(this.subject(row, indicator), measure, String(rank), [], `按${RANK_WORDS[indicator.rankMeasure] ?? indicator.rankMeasure}排序，${where === 'city' ? '全市各区' : groupName}中排位（并列同位）`);
    return { rank, ref, tied: isTiedRank(rank, all), groupName, measureWords: RANK_MEASURE_WORDS[indicator.rankMeasure] };
  }

  /**
   * Everything a sentence can say of a district's indicator; `previous` (the span before) adds the
   * change of growth, computed from the two published rates.
   */
  facts(row: OverviewRow, indicator: Indicator, options: { previous?: SnapshotReader | null; against?: string; rank?: 'city' | 'group' | null; growthGap?: boolean } = {}): IndicatorFacts {
    const ytd = this.ytd(row, indicator);
    const growth = this.growth(row, indicator);
    let change: IndicatorFacts['growthChange'] = null;
    const prevRow = options.previous?.row(row.organisationId);
    const prevIndicator = options.previous?.indicator(indicator.code);
    if (growth && options.previous && prevRow && prevIndicator && options.against) {
      const before = options.previous.growth(prevRow, prevIndicator);
      // Rates on different bases (同口径 against natural) are not compared.
      if (before && before.basisWords === growth.basisWords) {
        const { value } = growthChange(growth.value, before.value);
        const ref = this.book.computed(this.subject(row, indicator), 'growthChange', value, [growth.ref!, before.ref!]);
        change = { value, ref, against: options.against };
      }
    }
    return {
      name: indicator.name,
      unit: indicator.unit,
      decimals: ytd ? SnapshotReader.places(ytd.value, indicator) : indicator.decimals,
      ytd,
      growth,
      growthChange: change,
      growthGap: options.growthGap ? this.growthGap(row, indicator, growth) : null,
      completion: this.completion(row, indicator),
      gap: this.gap(row, indicator),
      rank: options.rank ? this.rank(row, indicator, options.rank) : null,
    };
  }
}

/** The measure a ranking is by, in words. */
export const RANK_WORDS: Readonly<Record<string, string>> = { completion: '完成率', yoy: '增速', progressGap: '与时序进度之差', ytdValue: '总量' };
