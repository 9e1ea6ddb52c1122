import type { Generated, Selectable } from 'kysely';

/** 参考数据: a document's figure accepted by the city as the reference of a district-month (docs/DOMAIN.md "Reference figures and the cross-check"). */
export interface ReferenceFiguresTable {
  id: Generated<number>;
  organisation_id: number;
  year: number;
  month: number;
  indicator_id: number;
  /** Exactly as written ("360.0"): the written decimals are the cross-check's tolerance. */
  value: string | null;
  unit: string | null;
  yoy_pct: string | null;
  comparator: '>=' | '<=' | '=' | null;
  kind: 'actual' | 'target' | 'plan' | 'forecast';
  figure_period: string;
  document_id: number;
  document_title: string;
  /** One reference figure per document figure. */
  figure_id: number;
  quote: string;
  accepted_by: number;
  accepted_at: string;
}
export type ReferenceFigureRow = Selectable<ReferenceFiguresTable>;

// The table joins the one Database type here (declaration merging).
declare module '../../db/database' {
  interface Database {
    reference_figures: ReferenceFiguresTable;
  }
}
