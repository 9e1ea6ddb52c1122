import type { Generated, Selectable } from 'kysely';
import type { ScaledAmount } from '../../db/amount-codec';

/** A district's Q1 year-to-date value of one indicator at the end of one week (1–13). */
export interface Q1WeeklyFiguresTable {
  id: Generated<number>;
  year: number;
  organisation_id: number;
  indicator_id: number;
  week: number;
  ytd_value: ScaledAmount | null;
  note: string | null;
  version: Generated<number>;
  updated_by: number | null;
  updated_at: string;
}
export type Q1WeeklyFigureRow = Selectable<Q1WeeklyFiguresTable>;

// The tables join the one Database type here (declaration merging), so a new feature's tables
// need no edit of db/database.ts.
declare module '../../db/database' {
  interface Database {
    q1_weekly_figures: Q1WeeklyFiguresTable;
  }
}
