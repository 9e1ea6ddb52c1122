import type { Generated, Selectable } from 'kysely';
import type { GrowthBasis, ReportingFrequency } from '@hongtu/domain';
import type { IndicatorDirection, IndicatorKind } from './indicator-catalogue';

export interface IndicatorsTable {
  id: Generated<number>;
  code: string;
  name_zh_cn: string;
  name_zh_tw: string;
  name_en: string;
  unit: string;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  ytd_non_decreasing: number;
  decimals: number;
  is_key: number;
  sort_order: number;
  created_at: string;
  /** Since 0020: when the indicator is reported (packages/domain frequency.ts). */
  frequency: Generated<ReportingFrequency>;
  /** Since 0020: growth from amounts, or real growth as reported (growth-basis.ts). */
  growth_basis: Generated<GrowthBasis>;
}
export type IndicatorRow = Selectable<IndicatorsTable>;

export interface IndicatorResponsibilitiesTable {
  id: Generated<number>;
  year: number;
  organisation_id: number;
  indicator_id: number;
  leader: string;
  department: string;
  task_force: string;
  measures: string;
  updated_at: string;
}

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    indicators: IndicatorsTable;
    indicator_responsibilities: IndicatorResponsibilitiesTable;
  }
}
