import type { Generated, Selectable } from 'kysely';
import type { ScaledAmount } from '../../db/amount-codec';

export interface TargetsTable {
  id: Generated<number>;
  year: number;
  organisation_id: number;
  indicator_id: number;
  amount_target: ScaledAmount | null;
  amount_comparator: 'ge' | 'le' | null;
  /** Growth target in percent, scaled like an amount. */
  growth_target: ScaledAmount | null;
  growth_comparator: 'ge' | 'le' | null;
  no_target: Generated<number>;
  /** A ProgressSchedule of packages/domain as JSON, replacing linear time progress. */
  schedule_json: string | null;
  source: Generated<string>;
  source_ref: string | null;
  source_quote: string | null;
  version: Generated<number>;
  updated_at: string;
}
export type TargetRow = Selectable<TargetsTable>;

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    targets: TargetsTable;
  }
}
