// Hand-built datasets for the unit tests of the shaping functions (no database).
import { WARNING_PRESETS, toScaled, type WarningRule } from '@hongtu/domain';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { DashboardOrg, Dataset, FigureFact, TargetFact } from './dashboards.model';
import { DatasetIndex } from './measures';

export const WUHAN_RULES: WarningRule[] = [...WARNING_PRESETS.wuhan_major_projects];

export function indicator(id: number, code: string, options: Partial<IndicatorRow> = {}): IndicatorRow {
  return {
    id, code, name_zh_cn: `${code}（中）`, name_zh_tw: `${code}（繁）`, name_en: code, unit: 'yi_yuan', kind: 'cumulative',
    direction: 'higher', ytd_non_decreasing: 1, decimals: 2, is_key: 1, sort_order: id * 10, created_at: 'x', frequency: 'monthly', growth_basis: 'amounts', ...options,
  };
}

export function org(id: number, name: string, groupIds: number[] = []): DashboardOrg {
  return { id, name, code: `c${id}`, path: `/1/${id}/`, groupIds };
}

const scaled = (v: string | null) => (v === null ? null : Number(toScaled(v)));

export function fig(organisationId: number, indicatorId: number, year: number, month: number, ytd: string | null, reportedYoy: string | null = null): FigureFact {
  return {
    organisationId, indicatorId, year, month, ytd: scaled(ytd), reportedYoy: scaled(reportedYoy), adjustedBase: null, reportedYoyComparable: null,
    source: 'entered', sourceRef: null, sourceQuote: null,
  };
}

export function target(
  organisationId: number, indicatorId: number, amount: string | null, schedule: { kind: 'monthly' | 'quarterly'; shares: string[] } | null = null,
  options: { amountComparator?: 'ge' | 'le'; growth?: string; growthComparator?: 'ge' | 'le' } = {},
): TargetFact {
  return {
    organisationId, indicatorId,
    amountTarget: scaled(amount), amountComparator: amount === null ? null : (options.amountComparator ?? 'ge'),
    growthTarget: scaled(options.growth ?? null), growthComparator: options.growth === undefined ? null : (options.growthComparator ?? 'ge'),
    noTarget: false, scheduleJson: schedule ? JSON.stringify(schedule) : null,
  };
}

export function dataset(parts: Partial<Dataset> & Pick<Dataset, 'universe' | 'indicators'>): DatasetIndex {
  return new DatasetIndex({ year: 2026, month: 2, locale: 'zh-CN', figures: [], targets: [], responsibilities: [], rules: WUHAN_RULES, ...parts });
}
