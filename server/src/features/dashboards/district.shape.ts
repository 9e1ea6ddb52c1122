// Shapes the district page and the warning board (落后席) from a loaded dataset (pure, no I/O).
import type { Card, DistrictDashboard, WarningBoard } from '@hongtu/contracts';
import { CARD_SEVERITY, describeReason, fixedText, shortReason, fromStorage, periodKey, storageText, times, type WarningCard } from '@hongtu/domain';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { DashboardOrg } from './dashboards.model';
import { cardsFor, monthsCarded } from './cards';
import { measureCell, type DatasetIndex } from './measures';
import { dashboardIndicator, indicatorName, rankMeasureFor, targetFieldsOf } from './overview.shape';

const periodKeyOf = (year: number, month: number) => periodKey({ year, month });

/** A card as the UI shows it: reason in the caller's language, who answers for the indicator (its run counted unless asked not to). */
export function toCard(index: DatasetIndex, card: WarningCard, org: DashboardOrg, indicator: IndicatorRow, countRun = true): Card {
  const responsibility = index.responsibility(org.id, indicator.id);
  return {
    organisationId: org.id,
    organisationName: org.name,
    indicatorCode: indicator.code,
    indicatorName: indicatorName(indicator, index.ds.locale),
    periodKey: periodKeyOf(card.period.year, card.period.month),
    colour: card.colour,
    ruleId: card.ruleId,
    reason: describeReason(card.reason, index.ds.locale),
    shortReason: shortReason(card.reason, index.ds.locale),
    monthsCarded: countRun ? Math.max(1, monthsCarded(index, indicator, org.id, card.period.year, card.period.month)) : 1,
    leader: responsibility?.leader ?? null,
    department: responsibility?.department ?? null,
  };
}

/** Most severe first; equal severity keeps the given order (district, then indicator order). */
export function bySeverity(cards: Card[]): Card[] {
  return cards
    .map((card, i) => ({ card, i }))
    .sort((a, b) => CARD_SEVERITY[b.card.colour] - CARD_SEVERITY[a.card.colour] || a.i - b.i)
    .map((x) => x.card);
}

/**
 * Red, yellow and watch-list cards of every district the caller sees, for every indicator, at the
 * month; with `only`, of those district × indicator cells ("id|code") alone, their runs not counted.
 */
export function shapeWarningBoard(index: DatasetIndex, rows: DashboardOrg[], options: { periodKey: string; includesUnapproved: boolean; only?: ReadonlySet<string> }): WarningBoard {
  const { ds } = index;
  const { only } = options;
  const cards: Card[] = [];
  for (const org of rows) {
    for (const indicator of ds.indicators) {
      if (only && !only.has(`${org.id}|${indicator.code}`)) continue;
      for (const card of cardsFor(index, indicator, org.id, ds.year, ds.month)) cards.push(toCard(index, card, org, indicator, !only));
    }
  }
  return { periodKey: options.periodKey, includesUnapproved: options.includesUnapproved, cards: bySeverity(cards) };
}

function hasAnything(index: DatasetIndex, org: DashboardOrg, indicator: IndicatorRow, year: number): boolean {
  if (index.target(org.id, indicator.id) || index.responsibility(org.id, indicator.id)) return true;
  for (let m = 1; m <= 12; m += 1) if (index.figure(org.id, indicator.id, year, m)) return true;
  return false;
}

/** The latest month of the year with any figure of the district, or null. */
export function latestReportedMonth(index: DatasetIndex, org: DashboardOrg, year: number): number | null {
  for (let m = 12; m >= 1; m -= 1) {
    if (index.ds.indicators.some((i) => index.figure(org.id, i.id, year, m))) return m;
  }
  return null;
}

/**
 * Monthly trend against the target trajectory (target × time progress of each month) for every
 * indicator the district has a target, a figure or a responsibility for; its cards at the latest
 * reported month, with reasons; who answers for each indicator.
 */
export function shapeDistrict(index: DatasetIndex, org: DashboardOrg): DistrictDashboard {
  const { ds } = index;
  const year = ds.year;
  const cardsMonth = latestReportedMonth(index, org, year);
  const indicators: DistrictDashboard['indicators'] = [];
  const cards: Card[] = [];
  for (const indicator of ds.indicators) {
    if (!hasAnything(index, org, indicator, year)) continue;
    const months = [];
    for (let m = 1; m <= 12; m += 1) {
      const cell = measureCell(index, indicator, org.id, year, m);
      const trajectory = cell.amountTarget !== null && cell.byCompletion ? times(fromStorage(cell.amountTarget), cell.timeProgress) / 100n : null;
      months.push({
        month: m,
        ytdValue: storageText(cell.ytd),
        reportedYoy: storageText(cell.reportedYoy),
        yoy: fixedText(cell.yoy),
        targetTrajectory: fixedText(trajectory),
        completion: fixedText(cell.completion),
        timeProgress: fixedText(cell.timeProgress)!,
        progressGap: fixedText(cell.progressGap),
        amountMet: cell.amountMet,
        growth: fixedText(cell.growth),
        growthGap: fixedText(cell.growthGap),
        growthMet: cell.growthMet,
        monthValue: targetFieldsOf(cell).monthValue,
        source: cell.figure?.source ?? null,
        sourceRef: cell.figure?.sourceRef ?? null,
        sourceQuote: cell.figure?.sourceQuote ?? null,
        vintage: cell.figure?.vintage ?? null,
      });
    }
    const target = index.target(org.id, indicator.id);
    const r = index.responsibility(org.id, indicator.id);
    indicators.push({
      indicatorCode: indicator.code,
      indicator: dashboardIndicator(indicator, ds.locale, rankMeasureFor(indicator, (target?.amount ?? null) !== null)),
      amountTarget: storageText(target?.amount ?? null),
      amountComparator: target?.amount == null ? null : (target.amountComparator ?? (indicator.direction === 'higher' ? 'ge' : 'le')),
      growthTarget: storageText(target?.growth ?? null),
      growthComparator: target?.growth == null ? null : (target.growthComparator ?? 'ge'),
      months,
      responsibility: r ? { leader: r.leader, department: r.department, taskForce: r.taskForce, measures: r.measures } : null,
    });
    if (cardsMonth !== null) {
      for (const card of cardsFor(index, indicator, org.id, year, cardsMonth)) cards.push(toCard(index, card, org, indicator));
    }
  }
  return {
    organisationId: org.id,
    organisationName: org.name,
    year,
    cardsPeriodKey: cardsMonth === null ? null : periodKeyOf(year, cardsMonth),
    indicators,
    cards: bySeverity(cards),
  };
}
