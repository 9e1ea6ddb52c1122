// The dashboards' read model: a handful of set-based queries (dashboards.queries.ts), then pure
// shaping in memory (overview.shape.ts, district.shape.ts). Nothing here writes.
//
// Queries for one overview: ranking root (1), districts of the city with their groups (1),
// indicators (1), enabled warning rules (1), figures of the month, last month, the months the rules
// look back to and each one's same month last year, for all districts at once (1), targets of the
// year (1), and last year's targets when the rules reach back over New Year (1).
import { isReportingUnit, latestDueMonth, period, type Period } from '@hongtu/domain';
import type { Card, DistrictDashboard, Overview, Ranking, RankingMeasure, WarningBoard } from '@hongtu/contracts';
import type { Db } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { can } from '../../platform/permissions/permissions';
import { assertInScope, isInScope } from '../../platform/permissions/scope';
import { unknownIndicator } from '../indicators/indicators.public';
import type { IndicatorRow } from '../indicators/indicators.public';
import { approvedFigures, parsePeriodOrFail } from '../reporting/reporting.public';
import { enabledWarningRules } from '../warnings/warnings.public';
import type { Dataset, DashboardOrg } from './dashboards.model';
import {
  PUBLISHED_STATUSES,
  REVIEW_STATUSES,
  findOrg,
  listIndicators,
  loadFigures,
  loadResponsibilities,
  loadTargets,
  rangesWithBases,
  rankingRoot,
  universeOrgs,
} from './dashboards.queries';
import { shapeDistrict, shapeWarningBoard } from './district.shape';
import { cardMonths, cardedRunMonths } from './cards';
import { DatasetIndex } from './measures';
import { shapeOverview, shapeRanking } from './overview.shape';
import { territorialScope } from './territories.service';

export interface MonthQuery {
  period: string;
  groupId?: number | undefined;
  includeUnapproved?: 'true' | 'false' | undefined;
}

/** Only the city reviewer may look at figures before approval; for others the flag is ignored. */
export function includesUnapproved(actor: Actor, flag: 'true' | 'false' | undefined): boolean {
  return flag === 'true' && can(actor.role, 'figure.review');
}

/** The calendar year in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3600_000).getUTCFullYear();
}

interface MonthLoad {
  index: DatasetIndex;
  /** What the caller sees: its scope, narrowed to the filter group. */
  rows: DashboardOrg[];
  includesUnapproved: boolean;
}

interface LoadOptions {
  /** The warning board ranks nothing: it loads the caller's districts only, with responsibilities. */
  board?: boolean;
  /** Every month of the year so far (a ranking's change of position since the last period). */
  wholeYear?: boolean;
  /** The board's months for its runs of cards (连续N个月); false: the month's cards alone. */
  runs?: boolean;
}

/**
 * Loads one month for every district of the caller's city: the month, last month (the month value),
 * the months the enabled rules reach back to (across New Year, with last year's targets, when they
 * do), and for each month its base a year earlier.
 */
async function loadMonth(
  db: Db,
  ctx: RequestContext,
  query: MonthQuery,
  pick: (indicators: IndicatorRow[]) => IndicatorRow[],
  { board = false, wholeYear = false, runs = true }: LoadOptions = {},
): Promise<MonthLoad> {
  const actor = requireActor(ctx);
  const { year, month } = parsePeriodOrFail(query.period);
  const unapproved = includesUnapproved(actor, query.includeUnapproved);
  const [root, allIndicators, rules] = await Promise.all([rankingRoot(db, actor), listIndicators(db), enabledWarningRules(db)]);
  const indicators = pick(allIndicators);
  const city = await universeOrgs(db, root.path);
  const rows = city.filter((o) => isInScope(actor, o.path) && (query.groupId === undefined || o.groupIds.includes(query.groupId)));
  const universe = board ? rows : city;
  // The city's own figures (reported by the city bureau for the city organisation) load with the units'.
  const ids = [...universe.map((o) => o.id), ...(root.isCity ? [root.id] : [])];
  const indicatorIds = indicators.map((i) => i.id);
  const asOf = period(year, month);
  const periods: Period[] = [asOf, ...(month > 1 ? [period(year, month - 1)] : [])];
  if (wholeYear) for (let m = 1; m < month; m += 1) periods.push(period(year, m));
  for (const indicator of indicators) {
    // The board counts how many months in a row each card has been carried (连续N个月).
    periods.push(...(board && runs ? cardedRunMonths(rules, indicator, asOf) : cardMonths(rules, indicator, asOf)));
    // The figure that stands for an indicator not reported this month: its latest due month's.
    const due = latestDueMonth(indicator.frequency, month);
    if (due !== null && due !== month) periods.push(period(year, due));
  }
  const crossesYear = periods.some((p) => p.year < year);
  const [figures, targets, lastYearTargets, responsibilities, approved, territory] = await Promise.all([
    loadFigures(db, { organisationIds: ids, statuses: unapproved ? REVIEW_STATUSES : PUBLISHED_STATUSES, ranges: rangesWithBases(periods), indicatorIds }),
    loadTargets(db, ids, year, indicatorIds),
    crossesYear ? loadTargets(db, ids, year - 1, indicatorIds) : Promise.resolve(undefined),
    board ? loadResponsibilities(db, ids, year) : Promise.resolve([]),
    approvedBases(db, ids, year - 1, month),
    root.isCity ? territorialScope(db, root.id) : Promise.resolve(undefined),
  ]);
  const ds: Dataset = {
    year, month, locale: ctx.locale, universe, indicators, figures, targets, responsibilities, rules, approvedBases: approved,
    ...(lastYearTargets ? { lastYearTargets } : {}),
    ...(territory ? { territory } : {}),
    ...(root.isCity && !board ? { cityOrgId: root.id } : {}),
  };
  return { index: new DatasetIndex(ds), rows, includesUnapproved: unapproved };
}

/** Last year's month as the city approved it, the base of this month's growth (the reporting feature's read). */
async function approvedBases(db: Db, organisationIds: readonly number[], year: number, month: number): Promise<Dataset['approvedBases']> {
  const approved = await approvedFigures(db, organisationIds, year, month);
  return new Map([...approved].map(([org, byIndicator]) => [org, new Map([...byIndicator].map(([ind, f]) => [ind, f.ytd_value]))]));
}

/** The overview's columns: the codes asked for, in their order (unknown codes left out), else the key indicators. */
export function overviewIndicators(all: IndicatorRow[], codes: string | undefined): IndicatorRow[] {
  if (!codes) return all.filter((i) => i.is_key === 1);
  const byCode = new Map(all.map((i) => [i.code, i]));
  return [...new Set(codes.split(','))].map((c) => byCode.get(c)).filter((i): i is IndicatorRow => i !== undefined);
}

export function createDashboardReadModel({ db, clock }: { db: Db; clock: Clock }) {
  return {
    /** Districts × the key indicators (or those asked for, in that order) for a month: values, completion, gap, card and ranks. */
    async overview(ctx: RequestContext, query: MonthQuery & { indicators?: string | undefined }): Promise<Overview> {
      const m = await loadMonth(db, ctx, query, (all) => overviewIndicators(all, query.indicators));
      return shapeOverview(m.index, {
        periodKey: query.period, rows: m.rows, includesUnapproved: m.includesUnapproved,
        ...(query.groupId !== undefined ? { groupId: query.groupId } : {}),
      });
    },

    /** One indicator ranked by a measure, direction-aware. */
    async ranking(ctx: RequestContext, query: MonthQuery & { indicator: string; measure: RankingMeasure }): Promise<Ranking> {
      const m = await loadMonth(db, ctx, query, (all) => all.filter((i) => i.code === query.indicator), { wholeYear: true });
      const indicator = m.index.ds.indicators[0];
      if (!indicator) throw unknownIndicator(query.indicator, 'indicator');
      return shapeRanking(m.index, indicator, query.measure, {
        periodKey: query.period, rows: m.rows, includesUnapproved: m.includesUnapproved,
        ...(query.groupId !== undefined ? { groupId: query.groupId } : {}),
      });
    },

    /** A district group's name (the export's total line of a grouped ranking); null when there is none. */
    async groupName(groupId: number): Promise<string | null> {
      const row = await db.selectFrom('organisation_groups').select('name').where('id', '=', groupId).executeTakeFirst();
      return row?.name ?? null;
    },

    /**
     * The warning board (落后席): every card of the month in the caller's scope, red first. `only`
     * ("organisationId|indicatorCode", a report's cards) judges those cells alone, for the month
     * alone: their run of months is not counted (monthsCarded 1).
     */
    async warnings(ctx: RequestContext, query: MonthQuery, only?: ReadonlySet<string>): Promise<WarningBoard> {
      const codes = only ? new Set([...only].map((key) => key.slice(key.indexOf('|') + 1))) : null;
      const m = await loadMonth(db, ctx, query, (all) => (codes ? all.filter((i) => codes.has(i.code)) : all), { board: true, runs: !only });
      return shapeWarningBoard(m.index, m.rows, { periodKey: query.period, includesUnapproved: m.includesUnapproved, ...(only ? { only } : {}) });
    },

    /**
     * The board's cards (their bulletin reasons, the leader and the department who answer) of the
     * cells an overview cards, kept only where the overview shows the same card. Only those cells are
     * judged, for the month alone (a publication and its reports do not state runs of months).
     */
    async snapshotCards(ctx: RequestContext, periodKey: string, overview: Overview): Promise<Card[]> {
      const carded = overview.rows.flatMap((r) => r.cells.flatMap((c) => (c.card ? [{ cell: `${r.organisationId}|${c.indicatorCode}`, card: c.card }] : [])));
      if (carded.length === 0) return [];
      const shown = new Set(carded.map((c) => `${c.cell}|${c.card}`));
      const board = await this.warnings(ctx, { period: periodKey }, new Set(carded.map((c) => c.cell)));
      return board.cards.filter((c) => shown.has(`${c.organisationId}|${c.indicatorCode}|${c.colour}`));
    },

    /** One district's year: trend against the target trajectory, cards, responsibilities. 404 outside scope. */
    async district(ctx: RequestContext, organisationId: number, query: { year?: number | undefined; includeUnapproved?: 'true' | 'false' | undefined }): Promise<DistrictDashboard> {
      const actor = requireActor(ctx);
      const org = await findOrg(db, organisationId);
      assertInScope(actor, org.path);
      if (!isReportingUnit(org.kind)) throw new AppError(400, 'NOT_A_REPORTING_UNIT');
      const year = query.year ?? shanghaiYear(clock.now());
      const unapproved = includesUnapproved(actor, query.includeUnapproved);
      const ids = [org.id];
      const [indicators, rules] = await Promise.all([listIndicators(db), enabledWarningRules(db)]);
      // The year's months, and as far back as a January card may reach (the cards are of the latest month reported).
      const periods: Period[] = Array.from({ length: 12 }, (_, i) => period(year, i + 1));
      for (const indicator of indicators) periods.push(...cardMonths(rules, indicator, period(year, 1)));
      const crossesYear = periods.some((p) => p.year < year);
      const [figures, targets, lastYearTargets, responsibilities] = await Promise.all([
        loadFigures(db, { organisationIds: ids, statuses: unapproved ? REVIEW_STATUSES : PUBLISHED_STATUSES, ranges: rangesWithBases(periods) }),
        loadTargets(db, ids, year),
        crossesYear ? loadTargets(db, ids, year - 1) : Promise.resolve(undefined),
        loadResponsibilities(db, ids, year),
      ]);
      const dashboardOrg: DashboardOrg = { id: org.id, name: org.name, code: org.code, path: org.path, groupIds: org.groupIds };
      const ds: Dataset = {
        year, month: 12, locale: ctx.locale, universe: [dashboardOrg], indicators, figures, targets, responsibilities, rules, ...(lastYearTargets ? { lastYearTargets } : {}),
      };
      return shapeDistrict(new DatasetIndex(ds), dashboardOrg);
    },
  };
}
export type DashboardReadModel = ReturnType<typeof createDashboardReadModel>;

/** The benchmark compares the overview API with this raw SQL of the same aggregate. */
export { overviewRawSql } from './overview-raw-sql';
