// What the figures import reads and reports: the month it reads for, and each value, column and
// finding the dry run shows before anything is saved (import-parser.ts fills them).
import type { Period, UnitCode } from '@hongtu/domain';
import type { IndicatorAlias } from '../../platform/imports/indicator-match';
import type { FoundProblem } from '../../platform/imports/read-sheets';
import type { ScaledAmount } from '../../db/amount-codec';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { ColumnChoice, ColumnQuestion } from './sheet-columns';
import type { OrganisationNames, UnitSource } from './sheet-evidence';
import type { CellFormat, ValueFlags } from './figure-cells';
import type { ColumnRole } from './sheet-headers';

/** What the figures parser needs of the month: its indicators and their aliases, the figures stored, the period and who reports. */
export interface FigureContext {
  indicators: IndicatorRow[];
  /** Indicators of the catalogue not reported this month (a quarterly GDP in November): known, but refused with values. */
  notDue: IndicatorRow[];
  aliases: readonly IndicatorAlias[];
  /** Growth and note are kept when a sheet lacks their column. */
  figures: ReadonlyMap<number, { reported_yoy: ScaledAmount | null; note: string | null }>;
  period: Period;
  organisations: OrganisationNames;
  /** The operator's answers to an earlier dry run's questions. */
  choices: readonly ColumnChoice[];
}

/** A found thing of the file that is not a blocking problem: a confirmation the commit needs, or a note. */
export type Finding = FoundProblem;
export type Params = Record<string, string | number>;

/** One value read from the file, as the dry run shows it before anything is saved. */
export interface ValueRead {
  sheet: string;
  /** "D5". */
  cell: string;
  row: number;
  indicatorCode: string;
  role: 'ytd' | 'yoy';
  /** What the cell holds, as text ("12345.6", "0.052", "下降3.2%"). */
  read: string;
  /** A number cell, one formatted as a percentage, or text. */
  format: CellFormat;
  /** The unit the value was written in, and where that was said; null: none was (the indicator's own unit is assumed). */
  unit: UnitCode | null;
  unitSource: UnitSource | null;
  /** The value to be stored, exact, in the indicator's unit (growth in %). */
  stored: string;
  flags: ValueFlags;
}

/** How a column of a read sheet was understood. */
export interface ColumnRead {
  sheet: string;
  column: string;
  header: string;
  role: ColumnRole;
  /** The import takes its values (code, name, unit, ytd, yoy, note). */
  read: boolean;
  unit: UnitCode | null;
}

export interface FigureFindings {
  values: ValueRead[];
  columns: ColumnRead[];
  questions: ColumnQuestion[];
  confirmations: Finding[];
  notes: Finding[];
}
