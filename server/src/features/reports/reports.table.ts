import type { Generated, Selectable } from 'kysely';
import type { ReportKind } from '@hongtu/contracts/reports';

/**
 * The reports' archive (migration 0190): one row per generation, never edited once written. A
 * report is identified by kind + period + unit; each generation is its next `revision`. It keeps
 * the published snapshot it was made from (hash and publication time), the document model as
 * JSON, and its Word and Excel files in the file store under `docx_key` / `xlsx_key`.
 * `job_id` makes a job that runs twice write one row. Since migration 0292 the document model is
 * stored gzipped in `document_gz` (made in the render worker) and `document_json` is ''; rows written
 * before keep their JSON text there and `document_gz` null.
 */
export interface ReportsTable {
  id: Generated<number>;
  kind: ReportKind;
  period_key: string;
  organisation_id: number;
  revision: number;
  /** 1 when generated on data not fully approved (初步). */
  provisional: number;
  title: string;
  snapshot_hash: string;
  snapshot_published_at: string;
  /** The document model as JSON text: rows written before migration 0292; '' since. */
  document_json: string;
  /** The document model's JSON text gzipped (null in rows written before migration 0292). */
  document_gz: Buffer | null;
  docx_key: string;
  docx_sha256: string;
  xlsx_key: string;
  xlsx_sha256: string;
  template_id: number | null;
  job_id: number | null;
  generated_by: number;
  generated_at: string;
}
export type ReportRow = Selectable<ReportsTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    reports: ReportsTable;
  }
}
