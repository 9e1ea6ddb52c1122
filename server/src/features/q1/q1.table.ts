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
