import type { Locale } from '@hongtu/contracts';
import { toPlainString, type Dec, type Period } from '@hongtu/domain';
import type { ScaledAmount } from '../../db/amount-codec';
import type { IndicatorAlias } from '../../platform/imports/indicator-match';
import type { SheetJob } from '../../platform/imports/sheet-jobs';
import type { IndicatorRow } from '../indicators/indicators.public';
import type { ImportedFigure } from './import-batch';
import { figureParser, type FigureFindings } from './import-parser';
import type { ColumnChoice } from './sheet-columns';
import type { OrganisationNames } from './sheet-evidence';

/** What a district-month file is read against, sent to the import worker. */
export interface FigureJobInput {
  locale: Locale;
  indicators: IndicatorRow[];
  /** The catalogue's indicators not reported this month. */
  notDue: IndicatorRow[];
  aliases: IndicatorAlias[];
  /** The month's stored figures: indicator id, reported growth, note. */
  stored: [number, ScaledAmount | null, string | null][];
  period: Period;
  organisations: OrganisationNames;
  choices: ColumnChoice[];
}

/** An imported figure with its values as exact decimal text (decimal objects do not cross threads). */
export type FigureText = Omit<ImportedFigure, 'ytd' | 'reportedYoy'> & { ytd: string | null; reportedYoy: string | null };

export interface FigureJobOutput extends FigureFindings {
  figures: FigureText[];
}

const text = (v: Dec | null) => (v === null ? null : toPlainString(v));

/** The figures import's work in the import worker: every row read and checked by figureParser. */
export const job: SheetJob<FigureJobInput, FigureJobOutput> = {
  create(input) {
    const figures: ImportedFigure[] = [];
    const found: FigureFindings = { values: [], columns: [], questions: [], confirmations: [], notes: [] };
    const stored = new Map(input.stored.map(([id, reportedYoy, note]) => [id, { reported_yoy: reportedYoy, note }]));
    const parser = figureParser({
      indicators: input.indicators, notDue: input.notDue, aliases: input.aliases, figures: stored, period: input.period, organisations: input.organisations, choices: input.choices,
    }, input.locale, figures, found);
    return { parser, finish: () => ({ ...found, figures: figures.map((f) => ({ ...f, ytd: text(f.ytd), reportedYoy: text(f.reportedYoy) })) }) };
  },
};
