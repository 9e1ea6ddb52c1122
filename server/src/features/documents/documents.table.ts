import type { Generated, Selectable } from 'kysely';
import type { DocumentFormat, DocumentLanguage, FigureStatus } from '@hongtu/contracts/documents';

/**
 * A published document (工作报告, news, 政府信息公开 page) as ingested: its metadata, the original
 * text for quoting, the Simplified text for matching and the segmented text the full-text index
 * reads (SQLite: the FTS5 table documents_fts over search_text, its rowid the column search_key —
 * the document's place newest first, set by a trigger, migration 0260; PostgreSQL: the stored column
 * search_vector = to_tsvector('simple', search_text) with its GIN index, migration 0151; both read
 * by raw SQL only and so not typed here).
 */
export interface DocumentsTable {
  id: Generated<number>;
  /** The uploading unit: a district sees its subtree's documents and those of the units above it. */
  organisation_id: number;
  title: string;
  issuer: string | null;
  published_on: string | null;
  index_no: string | null;
  doc_no: string | null;
  source_url: string | null;
  language: DocumentLanguage;
  format: DocumentFormat;
  original_name: string;
  /** sha256 of the normalised text: the same text uploaded again by the same unit is a duplicate. */
  content_hash: string;
  /** Same title or source URL within one unit: one series, versions 1, 2, … */
  series_key: string;
  version: number;
  text: string;
  text_simplified: string;
  search_text: string;
  byte_size: number;
  figure_count: number;
  created_by: number | null;
  created_at: string;
}
export type DocumentRow = Selectable<DocumentsTable>;

/** A figure read out of a document (packages/domain documents extractFigures), with its review. */
export interface DocumentFiguresTable {
  id: Generated<number>;
  document_id: number;
  position: number;
  entity: string;
  entity_kind: 'organisation' | 'enterprise' | 'project' | 'group' | 'unresolved';
  entity_key: string | null;
  /** The organisation the entity resolved to (a district, a zone, the city), for the district filter. */
  organisation_id: number | null;
  indicator: string;
  indicator_matched: number;
  period: string;
  kind: 'actual' | 'target' | 'plan' | 'forecast';
  value: string | null;
  unit: string | null;
  yoy_pct: string | null;
  vs_time_progress_pp: string | null;
  comparator: '>=' | '<=' | '=' | null;
  quote: string;
  start_offset: number;
  end_offset: number;
  status: FigureStatus;
  corrected_by: number | null;
  corrected_at: string | null;
  reason: string | null;
  accepted_by: number | null;
  accepted_at: string | null;
}
export type DocumentFigureRow = Selectable<DocumentFiguresTable>;

declare module '../../db/database' {
  interface Database {
    documents: DocumentsTable;
    document_figures: DocumentFiguresTable;
  }
}
