import type { Generated, Selectable } from 'kysely';
import type { ScaledAmount } from '../../db/amount-codec';

import type { FigureVintage, StoredSubmissionStatus } from '@hongtu/domain';

/** A stored submission's status (packages/domain reporting-workflow). */
export type SubmissionStatus = StoredSubmissionStatus;
export type FigureSource = 'entered' | 'imported' | 'document' | 'synthetic';

export interface ReportingPeriodsTable {
  id: Generated<number>;
  year: number;
  month: number;
  /** Instant (UTC ISO) of the deadline, decided in Asia/Shanghai time. */
  deadline: string;
  status: 'open' | 'closed';
  created_at: string;
}
export type ReportingPeriodRow = Selectable<ReportingPeriodsTable>;

/** One district's month: the unit that is submitted, returned and approved. */
export interface SubmissionsTable {
  id: Generated<number>;
  period_id: number;
  organisation_id: number;
  status: SubmissionStatus;
  version: Generated<number>;
  late: Generated<number>;
  submitted_at: string | null;
  approved_at: string | null;
  /** The latest return or revision reason. */
  reason: string | null;
  updated_at: string;
}
export type SubmissionRow = Selectable<SubmissionsTable>;

export interface FiguresTable {
  id: Generated<number>;
  submission_id: number;
  indicator_id: number;
  ytd_value: ScaledAmount | null;
  reported_yoy: ScaledAmount | null;
  note: string | null;
  returned: Generated<number>;
  return_reason: string | null;
  source: FigureSource;
  source_ref: string | null;
  source_quote: string | null;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: string;
  /** Since 0021 (docs/DOMAIN.md "Comparable basis"): last year's same-period value on this year's basis (同口径). */
  adjusted_base: ScaledAmount | null;
  /** Since 0021: the growth reported on the comparable basis (e.g. 扣除留抵退税因素). */
  reported_yoy_comparable: ScaledAmount | null;
  /** Since 0021: why the base or the basis differs (进规 / 退规, an inspection, a one-off); required with either. */
  comparable_reason: string | null;
  /** Since 0060 (docs/DOMAIN.md "Vintages"): 快报 / 初步核算 / 核实 / 年报; flash for figures stored before. */
  vintage: Generated<FigureVintage>;
}
export type FigureRow = Selectable<FiguresTable>;

export interface FigureVersionsTable {
  id: Generated<number>;
  figure_id: number;
  submission_id: number;
  version: number;
  ytd_value: ScaledAmount | null;
  reported_yoy: ScaledAmount | null;
  note: string | null;
  source: string;
  changed_by: number | null;
  changed_at: string;
  submission_version: number;
  adjusted_base: ScaledAmount | null;
  reported_yoy_comparable: ScaledAmount | null;
  comparable_reason: string | null;
  vintage: Generated<FigureVintage>;
}

export interface SubmissionEventsTable {
  id: Generated<number>;
  submission_id: number;
  action: string;
  from_status: string | null;
  to_status: string;
  submission_version: number;
  reason: string | null;
  actor_id: number | null;
  at: string;
}

export interface ImportBatchesTable {
  id: Generated<number>;
  organisation_id: number;
  period_id: number;
  file_sha256: string;
  file_name: string;
  status: 'checked' | 'committed';
  rows_json: string;
  created_by: number;
  created_at: string;
  committed_at: string | null;
}

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    reporting_periods: ReportingPeriodsTable;
    submissions: SubmissionsTable;
    figures: FiguresTable;
    figure_versions: FigureVersionsTable;
    submission_events: SubmissionEventsTable;
    /** Kept read-only since 0005 (imports); a later migration drops it. */
    import_batches: ImportBatchesTable;
  }
}
