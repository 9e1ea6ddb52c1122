import { dec, toPlainString, type Dec } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { MessageCode } from '../../platform/i18n/messages';
import type { ParsedFigure } from '../reporting/figure-writer';
import type { MonthContext } from '../reporting/month-context';

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

/** A problem found in the file, located as the user sees it (sheet, row number, column letter). */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  code: MessageCode;
  message: string;
}

/** What `import_batches.rows_json` holds: the parsed figures and the state they were checked against. */
interface StoredBatch {
  /** Version of the submission at the dry run (0: none yet); a commit on another version is refused. */
  submissionVersion: number;
  blocking: boolean;
  problems: number;
  figures: { indicatorCode: string; ytd: string | null; reportedYoy: string | null; note: string | null; sheet: string; row: number }[];
}

const text = (v: Dec | null) => (v === null ? null : toPlainString(v));
const value = (v: string | null) => (v === null ? null : dec(v));

export function serialiseBatch(figures: ImportedFigure[], submissionVersion: number, blocking: boolean, problems: number): string {
  const stored: StoredBatch = {
    submissionVersion,
    blocking,
    problems,
    figures: figures.map((f) => ({ indicatorCode: f.indicatorCode, ytd: text(f.ytd), reportedYoy: text(f.reportedYoy), note: f.note, sheet: f.sheet, row: f.row })),
  };
  return JSON.stringify(stored);
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

export function importBatchesRepository(db: Executor) {
  return {
    insert(values: { organisation_id: number; period_id: number; file_sha256: string; file_name: string; rows_json: string; created_by: number; created_at: string }) {
      return db.insertInto('import_batches').values({ ...values, status: 'checked', committed_at: null }).returning('id').executeTakeFirstOrThrow();
    },
    /** With `lock` (PostgreSQL), a second commit of the same batch waits for the first and then sees it committed. */
    find(id: number, lock = false) {
      const query = db.selectFrom('import_batches').selectAll().where('id', '=', id);
      return (lock ? query.forUpdate() : query).executeTakeFirst();
    },
    /** Claims a checked batch for its commit; false when another commit got there first. */
    async markCommitted(id: number, now: string): Promise<boolean> {
      const result = await db.updateTable('import_batches').set({ status: 'committed', committed_at: now })
        .where('id', '=', id).where('status', '=', 'checked').executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
