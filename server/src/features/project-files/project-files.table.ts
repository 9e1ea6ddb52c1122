import type { Generated, Selectable } from 'kysely';

/** 附件: a file kept in the file store (platform/files) under a generated key, and what it is. */
export interface AttachmentsTable {
  id: Generated<number>;
  parent_kind: 'project' | 'report' | 'problem';
  project_id: number;
  report_id: number | null;
  problem_id: number | null;
  /** The project's district (the scope of a project's and a report's attachments). */
  organisation_id: number;
  file_key: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  taken_at: string | null;
  latitude: string | null;
  longitude: string | null;
  uploaded_by: number | null;
  created_at: string;
}
export type AttachmentRow = Selectable<AttachmentsTable>;

declare module '../../db/database' {
  interface Database {
    attachments: AttachmentsTable;
  }
}
