// Shapes the city overview and the indicator ranking from a loaded dataset (pure, no I/O).
// Ranks are computed over every district of the city even when the caller sees fewer rows, on the
// published rounding; group and city figures are ratios of sums (docs/DOMAIN.md "Ranking").
import type { DashboardIndicator, MeasureCell, Overview, Ranking, RankingMeasure } from '@hongtu/contracts';
import {
  accumulates, aggregateCompletion, countedMembers, aggregateGrowth, aggregateProgressGap, averageOf, defaultRankingMeasure, describeReason, fixedText,
  fromStorage, isDue, isLevel, latestDueMonth, linearTimeProgress, membersByRankPart, mostSevereCard, periodKey, rankChange, rankingPlaces, rankPartOf,
  rankPartOrder, storageText, type Fixed, type TerritoryOverlap,
} from '@hongtu/domain';
import type { IndicatorRow } from '../indicators/indicators.public';
import { cardsFor } from './cards';
import type { DashboardOrg } from './dashboards.model';
import {
  rankValues,
  standingCell,
  type Cell,
  type DatasetIndex,
  type RankResult,
} from './measures';

export interface ShapeOptions {
  periodKey: string;
  /** The rows the caller may see (its scope, and the filter group when given), in display order. */
  rows: DashboardOrg[];
  groupId?: number;
  includesUnapproved: boolean;
}

export function measureValue(cell: Cell, measure: RankingMeasure): Fixed | null {
  switch (measure) {
    case 'completion':
      return cell.completion;
    case 'yoy':
      return cell.growth;
    case 'progressGap':
      return cell.progressGap;
    case 'ytdValue':
      return cell.ytd === null ? null : fromStorage(cell.ytd);
  }
}

/** Levels rank by their value; flows by completion when they have amount targets, else by growth. */
export function rankMeasureFor(indicator: IndicatorRow, hasCompletion: boolean): RankingMeasure {
  return defaultRankingMeasure(indicator.kind, hasCompletion);
}

export function overviewRankMeasure(indicator: IndicatorRow, cells: Iterable<Cell>): RankingMeasure {
  let hasCompletion = false;
  for (const cell of cells) if (cell.completion !== null) hasCompletion = true;
  return rankMeasureFor(indicator, hasCompletion);
}

export function indicatorName(indicator: IndicatorRow, locale: string): string {
  return locale === 'en' ? indicator.name_en : locale === 'zh-TW' ? indicator.name_zh_tw : indicator.name_zh_cn;
}

export function dashboardIndicator(indicator: IndicatorRow, locale: string, rankMeasure: RankingMeasure, month?: { year: number; month: number }): DashboardIndicator {
  const due = month === undefined ? undefined : latestDueMonth(indicator.frequency, month.month);
  return {
    code: indicator.code, name: indicatorName(indicator, locale), unit: indicator.unit,
    direction: indicator.direction, decimals: indicator.decimals, rankMeasure,
    ...(month === undefined ? {} : { figurePeriodKey: due == null ? null : periodKey({ year: month.year, month: due }) }),
  };
}

const fixedOf = (scaled: bigint | null) => (scaled === null ? null : fromStorage(scaled));

/**
 * The figure of a set of districts for a measure, as bulletins compute it: completion Σ YTD ÷
 * Σ target, growth Σ YTD ÷ Σ base − 1, the gap Σ (YTD − target × time progress) ÷ Σ target; the mean
 * amount for amounts; none for rates ranked by their value (a mean of rates is not a rate).
 */
export function groupFigure(cells: readonly Cell[], measure: RankingMeasure, indicator: IndicatorRow): Fixed | null {
  switch (measure) {
    case 'completion':
      return aggregateCompletion(cells.filter((c) => c.byCompletion).map((c) => ({ ytd: fixedOf(c.ytd), target: fixedOf(c.amountTarget) })));
    case 'yoy':
      return aggregateGrowth(cells.map((c) => ({ ytd: fixedOf(c.ytd), base: c.growthBase })));
    case 'progressGap':
      return accumulates(indicator.kind)
        ? aggregateProgressGap(cells.filter((c) => c.byCompletion).map((c) => ({ ytd: fixedOf(c.ytd), target: fixedOf(c.amountTarget), timeProgress: c.timeProgress })))
        : null;
    case 'ytdValue':
      return isLevel(indicator.kind) ? null : averageOf(cells.map((c) => fixedOf(c.ytd)));
  }
}

export function averageBasis(measure: RankingMeasure, indicator: IndicatorRow): Ranking['averageBasis'] {
  if (measure !== 'ytdValue') return 'ratio_of_sums';
  return isLevel(indicator.kind) ? null : 'mean';
}

/** Every district's measures of one indicator for a month (its latest due month's): the input of every ranking. */
function cityCells(index: DatasetIndex, indicator: IndicatorRow, month = index.ds.month): Map<number, Cell> {
  const { ds } = index;
  return new Map(ds.universe.map((org) => [org.id, standingCell(index, indicator, org.id, ds.year, month)]));
}

type Overlaps = readonly TerritoryOverlap<number>[];

/** The cells whose figures enter a set's sums: each territory once (packages/domain countedMembers). */
export function countedCells(cells: ReadonlyMap<number, Cell>, members: readonly DashboardOrg[], overlaps: Overlaps): Cell[] {
  return countedMembers(members.map((o) => o.id), overlaps).map((id) => cells.get(id)).filter((c): c is Cell => c !== undefined);
}

/**
 * Ranks `members` by `measure` on its published rounding, compared with the members' own figure
 * (each territory counted once). With `separate`, districts and zones are ranked each among their
 * own kind, both compared with the whole set's figure.
 */
function rankMembers(
  cells: ReadonlyMap<number, Cell>, members: readonly DashboardOrg[], measure: RankingMeasure, indicator: IndicatorRow, overlaps: Overlaps = [], separate = false,
): RankResult {
  const options = { average: groupFigure(countedCells(cells, members, overlaps), measure, indicator), places: rankingPlaces(measure, indicator.decimals) };
  const rank = (part: readonly DashboardOrg[]) => rankValues(
    part.map((o) => { const c = cells.get(o.id); return { organisationId: o.id, value: c ? measureValue(c, measure) : null }; }),
    indicator.direction,
    options,
  );
  if (!separate) return rank(members);
  const result: RankResult = { ranks: new Map(), rankedValues: new Map(), average: options.average, vsAverage: new Map() };
  for (const { members: partMembers } of membersByRankPart(members, (o) => o.kind)) {
    const part = rank(partMembers);
    for (const [k, v] of part.ranks) result.ranks.set(k, v);
    for (const [k, v] of part.rankedValues) result.rankedValues.set(k, v);
    for (const [k, v] of part.vsAverage) result.vsAverage.set(k, v);
  }
  return result;
}

/** How the answer treats the city's territory: zones ranked apart or not, the units left out of the city's sums. */
function territoryOf(index: DatasetIndex) {
  const { ds } = index;
  const overlaps = ds.territory?.overlaps ?? [];
  const counted = new Set(countedMembers(ds.universe.map((o) => o.id), overlaps));
  return {
    overlaps,
    separate: ds.territory?.rankZonesSeparately ?? false,
    answer: { rankZonesSeparately: ds.territory?.rankZonesSeparately ?? false, excludedFromCitySums: ds.universe.filter((o) => !counted.has(o.id)).map((o) => o.id) },
  };
}

/** The city's own figure of an indicator (reported for the city organisation), when loaded and present. */
function cityOwnCell(index: DatasetIndex, indicator: IndicatorRow): Cell | null {
  const { ds } = index;
  if (ds.cityOrgId === undefined) return null;
  const cell = standingCell(index, indicator, ds.cityOrgId, ds.year, ds.month);
  return cell.figure === undefined ? null : cell;
}

/** Σ YTD of the counted units (none for levels: a sum of rates is not a figure). */
function sumYtd(cells: readonly Cell[], indicator: IndicatorRow): bigint | null {
  if (isLevel(indicator.kind)) return null;
  let sum: bigint | null = null;
  for (const c of cells) if (c.ytd !== null) sum = (sum ?? 0n) + c.ytd;
  return sum;
}

/** Ranks inside each district group, computed once per group that is asked for. */
class GroupRanks {
  private readonly cache = new Map<number, RankResult>();
  constructor(
    private readonly universe: DashboardOrg[],
    private readonly cells: ReadonlyMap<number, Cell>,
    private readonly measure: RankingMeasure,
    private readonly indicator: IndicatorRow,
    private readonly overlaps: Overlaps = [],
  ) {}
  of(groupId: number): RankResult {
    let result = this.cache.get(groupId);
    if (!result) {
      result = rankMembers(this.cells, this.universe.filter((o) => o.groupIds.includes(groupId)), this.measure, this.indicator, this.overlaps);
      this.cache.set(groupId, result);
    }
    return result;
  }
}

function sourceOf(cell: Cell) {
  return { source: cell.figure?.source ?? null, sourceRef: cell.figure?.sourceRef ?? null, sourceQuote: cell.figure?.sourceQuote ?? null, vintage: cell.figure?.vintage ?? null };
}

/** How the cell stands against every kind of target, as the contracts send it. */
export function targetFieldsOf(cell: Cell) {
  return {
    amountComparator: cell.amountComparator,
    amountMet: cell.amountMet,
    growthComparator: cell.growthComparator,
    growth: fixedText(cell.growth),
    growthGap: fixedText(cell.growthGap),
    growthMet: cell.growthMet,
    monthValue: storageText(cell.monthValue),
  };
}

export function shapeOverview(index: DatasetIndex, options: ShapeOptions): Overview {
  const { ds } = index;
  const rowCells = new Map<number, MeasureCell[]>(options.rows.map((r) => [r.id, []]));
  const indicators: DashboardIndicator[] = [];
  const averages: Overview['averages'] = [];
  const group = options.groupId !== undefined ? ds.universe.filter((o) => o.groupIds.includes(options.groupId!)) : null;
  const territory = territoryOf(index);
  for (const indicator of ds.indicators) {
    const cells = cityCells(index, indicator);
    const measure = overviewRankMeasure(indicator, cells.values());
    indicators.push(dashboardIndicator(indicator, ds.locale, measure, ds));
    const city = rankMembers(cells, ds.universe, measure, indicator, territory.overlaps, territory.separate);
    const groups = new GroupRanks(ds.universe, cells, measure, indicator, territory.overlaps);
    const of = (orgs: DashboardOrg[]) => countedCells(cells, orgs, territory.overlaps);
    const cityOwn = cityOwnCell(index, indicator);
    averages.push({
      indicatorCode: indicator.code,
      cityCompletion: fixedText(groupFigure(of(ds.universe), 'completion', indicator)),
      cityYoy: fixedText(groupFigure(of(ds.universe), 'yoy', indicator)),
      groupCompletion: group ? fixedText(groupFigure(of(group), 'completion', indicator)) : null,
      groupYoy: group ? fixedText(groupFigure(of(group), 'yoy', indicator)) : null,
      citySumYtd: storageText(sumYtd(of(ds.universe), indicator)),
      cityOwnYtd: storageText(cityOwn?.ytd ?? null),
      cityOwnYoy: fixedText(cityOwn?.growth ?? null),
      cityOwnCompletion: fixedText(cityOwn?.completion ?? null),
    });
    for (const row of options.rows) {
      const cell = cells.get(row.id)!;
      const groupId = options.groupId ?? row.groupIds[0];
      const card = mostSevereCard(cardsFor(index, indicator, row.id, ds.year, ds.month, cell));
      rowCells.get(row.id)!.push({
        indicatorCode: indicator.code,
        ytdValue: storageText(cell.ytd),
        yoy: fixedText(cell.yoy),
        reportedYoy: storageText(cell.reportedYoy),
        yoyMismatch: cell.yoyMismatch,
        amountTarget: storageText(cell.amountTarget),
        growthTarget: storageText(cell.growthTarget),
        completion: fixedText(cell.completion),
        timeProgress: fixedText(cell.timeProgress)!,
        progressGap: fixedText(cell.progressGap),
        card: card?.colour ?? null,
        cardReason: card ? describeReason(card.reason, ds.locale) : null,
        rank: city.ranks.get(row.id) ?? null,
        groupRank: groupId === undefined ? null : (groups.of(groupId).ranks.get(row.id) ?? null),
        lastYearYtd: storageText(cell.lastYearYtd),
        ...targetFieldsOf(cell),
        ...sourceOf(cell),
      });
    }
  }
  return {
    periodKey: options.periodKey,
    timeProgress: fixedText(linearTimeProgress(ds.month)),
    includesUnapproved: options.includesUnapproved,
    indicatorCodes: ds.indicators.map((i) => i.code),
    indicators,
    rows: options.rows.map((r) => ({ organisationId: r.id, organisationName: r.name, groupIds: r.groupIds, cells: rowCells.get(r.id)! })),
    averages,
    territory: territory.answer,
  };
}

/**
 * The period a ranking's changes of position are against: the latest earlier month of the year in
 * which the indicator was due and some member has a figure (a 1–2月 first release, a quarterly
 * indicator, a month nobody reported are passed over); none in the year's first ranked month —
 * completion starts again with the year's targets.
 */
export function previousRankedMonth(index: DatasetIndex, indicator: IndicatorRow, members: readonly DashboardOrg[]): number | null {
  const { ds } = index;
  const standing = latestDueMonth(indicator.frequency, ds.month) ?? ds.month;
  for (let m = standing - 1; m >= 1; m -= 1) {
    if (!isDue(indicator.frequency, m)) continue;
    if (members.some((o) => index.figure(o.id, indicator.id, ds.year, m) !== undefined)) return m;
  }
  return null;
}

/**
 * One indicator ranked by a chosen measure, in the indicator's direction (lower-is-better ranks
 * ascending), on the published rounding, with the change of position since the previous period;
 * beside it the ranks by amount and by growth. With a group, ranks and the figure compared with
 * are the group's; else the city's.
 */
export function shapeRanking(index: DatasetIndex, indicator: IndicatorRow, measure: RankingMeasure, options: ShapeOptions): Ranking {
  const { ds } = index;
  const cells = cityCells(index, indicator);
  const members = options.groupId !== undefined ? ds.universe.filter((o) => o.groupIds.includes(options.groupId!)) : ds.universe;
  const previousMonth = previousRankedMonth(index, indicator, members);
  const previousCells = previousMonth === null ? null : cityCells(index, indicator, previousMonth);
  const territory = territoryOf(index);
  // Zones rank apart from districts in the city's ranking when the city says so; inside a group as they are.
  const separate = territory.separate && options.groupId === undefined;
  const ranksOf = (by: RankingMeasure) => ({
    now: rankMembers(cells, members, by, indicator, territory.overlaps, separate),
    before: previousCells === null ? null : rankMembers(previousCells, members, by, indicator, territory.overlaps, separate),
  });
  const cityOwn = cityOwnCell(index, indicator);
  const ranked = ranksOf(measure);
  const byAmount = ranksOf('ytdValue');
  const byGrowth = ranksOf('yoy');
  const change = (r: ReturnType<typeof ranksOf>, id: number) => rankChange(r.now.ranks.get(id) ?? null, r.before?.ranks.get(id) ?? null);
  const rows = options.rows.map((org) => {
    const cell = cells.get(org.id)!;
    const vs = ranked.now.vsAverage.get(org.id);
    const card = mostSevereCard(cardsFor(index, indicator, org.id, ds.year, ds.month, cell));
    return {
      organisationId: org.id,
      organisationName: org.name,
      groupIds: org.groupIds,
      value: fixedText(measureValue(cell, measure)),
      rankedValue: fixedText(ranked.now.rankedValues.get(org.id) ?? null),
      ytdValue: storageText(cell.ytd),
      amountTarget: storageText(cell.amountTarget),
      growthTarget: storageText(cell.growthTarget),
      completion: fixedText(cell.completion),
      timeProgress: fixedText(cell.timeProgress)!,
      rank: ranked.now.ranks.get(org.id) ?? null,
      previousRank: ranked.before?.ranks.get(org.id) ?? null,
      rankChange: change(ranked, org.id),
      amountRank: byAmount.now.ranks.get(org.id) ?? null,
      amountRankChange: change(byAmount, org.id),
      growthRank: byGrowth.now.ranks.get(org.id) ?? null,
      growthRankChange: change(byGrowth, org.id),
      aboveAverage: vs?.above ?? null,
      betterThanAverage: vs?.better ?? null,
      card: card?.colour ?? null,
      rankPart: separate ? rankPartOf(org.kind) : null,
      ...targetFieldsOf(cell),
      ...sourceOf(cell),
    };
  });
  // Ranked apart, the districts come first, then the zones, each in rank order.
  rows.sort((a, b) => rankPartOrder(a.rankPart) - rankPartOrder(b.rankPart) || (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  return {
    periodKey: options.periodKey,
    indicatorCode: indicator.code,
    indicator: dashboardIndicator(indicator, ds.locale, measure, ds),
    measure,
    timeProgress: fixedText(linearTimeProgress(ds.month)),
    includesUnapproved: options.includesUnapproved,
    previousPeriodKey: previousMonth === null ? null : periodKey({ year: ds.year, month: previousMonth }),
    rankPlaces: rankingPlaces(measure, indicator.decimals),
    average: fixedText(ranked.now.average),
    averageBasis: averageBasis(measure, indicator),
    cityOwnValue: fixedText(cityOwn === null ? null : measureValue(cityOwn, measure)),
    territory: territory.answer,
    rows,
  };
}
