import { dec, toPlainString, type Dec } from '@hongtu/domain';
import type { MonthContext, ParsedFigure } from '../reporting/reporting.public';

/** One figure read from an uploaded sheet, already in the indicator's unit. */
export interface ImportedFigure {
  indicatorId: number;
  indicatorCode: string;
  ytd: Dec | null;
  reportedYoy: Dec | null;
  note: string | null;
  sheet: string;
  row: number;
}

/** What `imports.rows_json` holds for a district-month (kind 'figures'): the parsed figures and the state they were checked against. */
interface StoredBatch {
  /** Version of the submission at the dry run (0: none yet); a commit on another version is refused. */
  submissionVersion: number;
  blocking: boolean;
  problems: number;
  figures: { indicatorCode: string; ytd: string | null; reportedYoy: string | null; note: string | null; sheet: string; row: number }[];
  /** Keys of what the commit must be sent as confirmed (absent in batches checked before confirmations existed). */
  confirmations?: string[];
  /** The operator's column choices the file was read with. */
  choices?: { sheet: string; role: string; column: string }[];
}

const text = (v: Dec | null) => (v === null ? null : toPlainString(v));
const value = (v: string | null) => (v === null ? null : dec(v));

export function serialiseBatch(
  figures: ImportedFigure[], submissionVersion: number, blocking: boolean, problems: number,
  asked: Pick<StoredBatch, 'confirmations' | 'choices'> = {},
): string {
  const stored: StoredBatch = {
    submissionVersion,
    blocking,
    problems,
    confirmations: asked.confirmations ?? [],
    choices: asked.choices ?? [],
    figures: figures.map((f) => ({ indicatorCode: f.indicatorCode, ytd: text(f.ytd), reportedYoy: text(f.reportedYoy), note: f.note, sheet: f.sheet, row: f.row })),
  };
  return JSON.stringify(stored);
}

/** The subject of a district-month's batch: which organisation and period the file is for. */
export interface FiguresSubject {
  organisationId: number;
  periodId: number;
}

export function parseStoredBatch(json: string): StoredBatch {
  return JSON.parse(json) as StoredBatch;
}

/**
 * The stored figures as writeFigures takes them. Returns null when an
 * indicator of the batch no longer exists (the catalogue changed since).
 */
export function storedToParsed(stored: StoredBatch, m: MonthContext): ParsedFigure[] | null {
  const byCode = new Map(m.indicators.map((i) => [i.code, i]));
  const parsed: ParsedFigure[] = [];
  for (const f of stored.figures) {
    const indicator = byCode.get(f.indicatorCode);
    if (!indicator) return null;
    parsed.push({
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      ytd: value(f.ytd),
      reportedYoy: value(f.reportedYoy),
      note: f.note,
      version: m.figures.get(indicator.id)?.version ?? 0,
    });
  }
  return parsed;
}
