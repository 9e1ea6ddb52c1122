// Shapes the city overview and the indicator ranking from a loaded dataset (pure, no I/O).
// Ranks are computed over every district of the city even when the caller sees fewer rows.
import type { DashboardIndicator, MeasureCell, Overview, Ranking, RankingMeasure } from '@hongtu/contracts';
import {
  averageFixed, defaultRankingMeasure, describeReason, fixedText, fromStorage, linearTimeProgress, mostSevereCard, storageText, type Fixed,
} from '@hongtu/domain';
import type { IndicatorRow } from '../indicators/indicators.public';
import { cardsFor } from './cards';
import type { DashboardOrg } from './dashboards.model';
import {
  measureCell,
  rankValues,
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
  /** First month the enabled rules look at (see rulesLookback). */
  cardsFromMonth: number;
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

export function dashboardIndicator(indicator: IndicatorRow, locale: string, rankMeasure: RankingMeasure): DashboardIndicator {
  return {
    code: indicator.code, name: indicatorName(indicator, locale), unit: indicator.unit,
    direction: indicator.direction, decimals: indicator.decimals, rankMeasure,
  };
}

/** Every district's measures of one indicator for the month: the input of every ranking. */
function cityCells(index: DatasetIndex, indicator: IndicatorRow): Map<number, Cell> {
  const { ds } = index;
  return new Map(ds.universe.map((org) => [org.id, measureCell(index, indicator, org.id, ds.year, ds.month)]));
}

/** Ranks inside each district group, computed once per group that is asked for. */
class GroupRanks {
  private readonly cache = new Map<number, RankResult>();
  constructor(
    private readonly universe: DashboardOrg[],
    private readonly value: (organisationId: number) => Fixed | null,
    private readonly indicator: IndicatorRow,
  ) {}
  of(groupId: number): RankResult {
    let result = this.cache.get(groupId);
    if (!result) {
      const members = this.universe.filter((o) => o.groupIds.includes(groupId));
      result = rankValues(members.map((o) => ({ organisationId: o.id, value: this.value(o.id) })), this.indicator.direction);
      this.cache.set(groupId, result);
    }
    return result;
  }
}

function sourceOf(cell: Cell) {
  return { source: cell.figure?.source ?? null, sourceRef: cell.figure?.sourceRef ?? null, sourceQuote: cell.figure?.sourceQuote ?? null };
}

export function shapeOverview(index: DatasetIndex, options: ShapeOptions): Overview {
  const { ds } = index;
  const rowCells = new Map<number, MeasureCell[]>(options.rows.map((r) => [r.id, []]));
  const indicators: DashboardIndicator[] = [];
  const averages: Overview['averages'] = [];
  for (const indicator of ds.indicators) {
    const cells = cityCells(index, indicator);
    const measure = overviewRankMeasure(indicator, cells.values());
    indicators.push(dashboardIndicator(indicator, ds.locale, measure));
    const value = (id: number) => { const c = cells.get(id); return c ? measureValue(c, measure) : null; };
    const city = rankValues(ds.universe.map((o) => ({ organisationId: o.id, value: value(o.id) })), indicator.direction);
    const groups = new GroupRanks(ds.universe, value, indicator);
    const group = options.groupId !== undefined ? ds.universe.filter((o) => o.groupIds.includes(options.groupId!)) : null;
    const pick = (orgs: DashboardOrg[], f: (c: Cell) => Fixed | null) => averageFixed(orgs.map((o) => { const c = cells.get(o.id); return c ? f(c) : null; }));
    averages.push({
      indicatorCode: indicator.code,
      cityCompletion: fixedText(pick(ds.universe, (c) => c.completion)),
      cityYoy: fixedText(pick(ds.universe, (c) => c.growth)),
      groupCompletion: group ? fixedText(pick(group, (c) => c.completion)) : null,
      groupYoy: group ? fixedText(pick(group, (c) => c.growth)) : null,
    });
    for (const row of options.rows) {
      const cell = cells.get(row.id)!;
      const groupId = options.groupId ?? row.groupIds[0];
      const card = mostSevereCard(cardsFor(index, indicator, row.id, ds.year, ds.month, options.cardsFromMonth, cell));
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
  };
}

/**
 * One indicator ranked by a chosen measure, in the indicator's direction (lower-is-better ranks
 * ascending). With a group, ranks and the average are the group's; else the city's.
 */
export function shapeRanking(index: DatasetIndex, indicator: IndicatorRow, measure: RankingMeasure, options: ShapeOptions): Ranking {
  const { ds } = index;
  const cells = cityCells(index, indicator);
  const members = options.groupId !== undefined ? ds.universe.filter((o) => o.groupIds.includes(options.groupId!)) : ds.universe;
  const ranked = rankValues(members.map((o) => ({ organisationId: o.id, value: measureValue(cells.get(o.id)!, measure) })), indicator.direction);
  const rows = options.rows.map((org) => {
    const cell = cells.get(org.id)!;
    const vs = ranked.vsAverage.get(org.id);
    const card = mostSevereCard(cardsFor(index, indicator, org.id, ds.year, ds.month, options.cardsFromMonth, cell));
    return {
      organisationId: org.id,
      organisationName: org.name,
      groupIds: org.groupIds,
      value: fixedText(measureValue(cell, measure)),
      ytdValue: storageText(cell.ytd),
      amountTarget: storageText(cell.amountTarget),
      growthTarget: storageText(cell.growthTarget),
      completion: fixedText(cell.completion),
      timeProgress: fixedText(cell.timeProgress)!,
      rank: ranked.ranks.get(org.id) ?? null,
      aboveAverage: vs?.above ?? null,
      betterThanAverage: vs?.better ?? null,
      card: card?.colour ?? null,
      ...sourceOf(cell),
    };
  });
  rows.sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER));
  return {
    periodKey: options.periodKey,
    indicatorCode: indicator.code,
    indicator: dashboardIndicator(indicator, ds.locale, measure),
    measure,
    timeProgress: fixedText(linearTimeProgress(ds.month)),
    includesUnapproved: options.includesUnapproved,
    average: fixedText(ranked.average),
    rows,
  };
}
