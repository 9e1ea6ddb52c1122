// What the dashboard queries return and the shaping functions consume: plain facts, no rules.
import type { Locale } from '@hongtu/contracts';
import type { FigureVintage, TerritoryOverlap, WarningRule } from '@hongtu/domain';
import type { ScaledAmount } from '../../db/amount-codec';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { FigureSource } from '../reporting/reporting.public';

export interface DashboardOrg {
  id: number;
  name: string;
  code: string;
  path: string;
  groupIds: number[];
  /** district or zone (reporting units); rankings may put zones apart. */
  kind?: string;
}

export interface FigureFact {
  organisationId: number;
  indicatorId: number;
  year: number;
  month: number;
  ytd: ScaledAmount | null;
  reportedYoy: ScaledAmount | null;
  /** Last year's same period on this year's basis (同口径), and the growth reported on it. */
  adjustedBase: ScaledAmount | null;
  reportedYoyComparable: ScaledAmount | null;
  source: FigureSource;
  sourceRef: string | null;
  sourceQuote: string | null;
  /** 快报 / 初步核算 / 核实 / 年报 (docs/DOMAIN.md "Vintages"); left out by fixtures that do not care. */
  vintage?: FigureVintage;
}

export type { YearTarget as TargetFact } from '../targets/targets.public';
import type { YearTarget as TargetFact } from '../targets/targets.public';

export interface ResponsibilityFact {
  organisationId: number;
  indicatorId: number;
  leader: string;
  department: string;
  taskForce: string;
  measures: string;
}

/** Everything one dashboard answer is shaped from, loaded with a handful of set-based queries. */
export interface Dataset {
  year: number;
  month: number;
  locale: Locale;
  /** All districts ranked together (the city), in display order. */
  universe: DashboardOrg[];
  indicators: IndicatorRow[];
  figures: FigureFact[];
  targets: TargetFact[];
  /** Last year's targets, when a run of the rules reaches back over New Year. */
  lastYearTargets?: TargetFact[];
  /**
   * Last year's same month as the city approved it (organisation → indicator → stored YTD): the base
   * of the month's growth while a revision of it is open (docs/DOMAIN.md "Last year's base").
   */
  approvedBases?: ReadonlyMap<number, ReadonlyMap<number, ScaledAmount | null>>;
  responsibilities: ResponsibilityFact[];
  rules: WarningRule[];
  /** The city's overlaps between units and whether zones rank apart (docs/DOMAIN.md "Territorial scope"). */
  territory?: { overlaps: readonly TerritoryOverlap<number>[]; rankZonesSeparately: boolean };
  /** The city organisation, whose own figures (reported by the city bureau) are loaded with the units'. */
  cityOrgId?: number;
}

export const factKey = (organisationId: number, indicatorId: number) => `${organisationId}:${indicatorId}`;
export const monthKey = (year: number, month: number) => year * 100 + month;
