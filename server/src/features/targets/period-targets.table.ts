import type { Generated, Selectable } from 'kysely';
import type { ScaledAmount } from '../../db/amount-codec';

/** A target for January through `through_month`, as stated (since 0041). */
export interface PeriodTargetsTable {
  id: Generated<number>;
  year: number;
  organisation_id: number;
  indicator_id: number;
  through_month: number;
  amount_target: ScaledAmount;
  amount_comparator: 'ge' | 'le';
  source: Generated<string>;
  source_ref: string | null;
  source_quote: string | null;
  version: Generated<number>;
  updated_at: string;
}
export type PeriodTargetRow = Selectable<PeriodTargetsTable>;

declare module '../../db/database' {
  interface Database {
    period_targets: PeriodTargetsTable;
  }
}
