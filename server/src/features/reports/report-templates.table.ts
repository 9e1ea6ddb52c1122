import type { Generated, Selectable } from 'kysely';

/**
 * A house-style Word template a unit uploaded for its reports (checked on upload: a .docx without
 * macros whose placeholders are all known, with {@body}). The bytes are in the file store under
 * file_key; placeholders_json lists the placeholders found, as written ("title", "@body").
 */
export interface ReportTemplatesTable {
  id: Generated<number>;
  organisation_id: number;
  name: string;
  file_name: string;
  file_key: string;
  sha256: string;
  size_bytes: number;
  placeholders_json: string;
  uploaded_by: number;
  created_at: string;
}
export type ReportTemplateRow = Selectable<ReportTemplatesTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    report_templates: ReportTemplatesTable;
  }
}
