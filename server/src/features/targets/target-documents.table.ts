import type { Generated, Selectable } from 'kysely';

/** A document kept beside a year's targets (since 0111): its bytes in the file store under `file_key`. */
export interface TargetDocumentsTable {
  id: Generated<number>;
  year: number;
  kind: 'responsibility' | 'notice' | 'other';
  /** The organisation it concerns: a district, or the city (every district under it). */
  organisation_id: number;
  file_key: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: number | null;
  created_at: string;
}
export type TargetDocumentRow = Selectable<TargetDocumentsTable>;

declare module '../../db/database' {
  interface Database {
    target_documents: TargetDocumentsTable;
  }
}
