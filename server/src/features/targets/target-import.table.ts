import type { Generated, Selectable } from 'kysely';

/** An uploaded targets file: checked by the dry run, then committed once (migration 0003). */
export interface TargetImportBatchesTable {
  id: Generated<number>;
  /** The year asked for in the request; rows may name their own year in a 年度 column. */
  year: number;
  file_sha256: string;
  file_name: string;
  status: 'checked' | 'committed';
  blocking: number;
  row_count: number;
  problem_count: number;
  rows_json: string;
  before_json: string | null;
  created_by: number;
  created_at: string;
  committed_by: number | null;
  committed_at: string | null;
}
export type TargetImportBatchRow = Selectable<TargetImportBatchesTable>;

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    /** Kept read-only since 0005 (imports); a later migration drops it. */
    target_import_batches: TargetImportBatchesTable;
  }
}
