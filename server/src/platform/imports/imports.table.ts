import type { Generated, Selectable } from 'kysely';

/**
 * One uploaded file of any import (migration 0005): checked by the dry run,
 * then committed once. `kind` says which import it belongs to ('figures',
 * 'targets', …), `subject` what it was uploaded for as canonical JSON
 * (a district-month, a year) and is what "the same file was imported
 * before" compares; `rows_json` holds the rows as the kind stores them.
 */
export interface ImportsTable {
  id: Generated<number>;
  kind: string;
  subject: string;
  /** The one organisation the file is for (a district-month); null when it names many. */
  organisation_id: number | null;
  file_sha256: string;
  file_name: string;
  status: 'checked' | 'committed';
  blocking: number;
  row_count: number;
  problem_count: number;
  rows_json: string;
  /** What the commit replaced, as the kind records it. */
  before_json: string | null;
  created_by: number;
  created_at: string;
  committed_by: number | null;
  committed_at: string | null;
  /** For a row copied from target_import_batches by 0005: its id there (audit rows before 0005 name it). */
  legacy_id: number | null;
}
export type ImportRow = Selectable<ImportsTable>;

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    imports: ImportsTable;
  }
}
