import { sql } from 'kysely';
import type { FigureInput } from '@hongtu/contracts';
import { isEditableStatus, periodKey, sameDec, type Dec } from '@hongtu/domain';
import { chunks } from '../../db/chunks';
import type { Executor } from '../../db/database';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { amountFromDb, amountToDb, parseAmountInput } from '../../db/amount-codec';
import { unknownIndicator } from '../indicators/indicators.public';
import type { MonthContext } from './month-context';
import { reportingRepository } from './reporting.repository';
import type { FigureRow, FigureSource, SubmissionRow } from './reporting.table';

/** A figure change already parsed: exact values, the version the editor saw. */
export interface ParsedFigure {
  indicatorId: number;
  indicatorCode: string;
  ytd: Dec | null;
  reportedYoy: Dec | null;
  note: string | null;
  version: number;
}

/** Normalizes typed or imported numbers; each bad cell is a field error (nothing written). */
export function parseFigureInputs(m: MonthContext, inputs: FigureInput[]): ParsedFigure[] {
  const byCode = new Map(m.indicators.map((i) => [i.code, i]));
  return inputs.map((input, index) => {
    const indicator = byCode.get(input.indicatorCode);
    if (!indicator) throw unknownIndicator(input.indicatorCode, `figures.${index}.indicatorCode`);
    const note = input.note?.trim() ? input.note.trim() : null;
    return {
      indicatorId: indicator.id,
      indicatorCode: indicator.code,
      ytd: parseAmountInput(input.ytdValue, `figures.${index}.ytdValue`),
      reportedYoy: parseAmountInput(input.reportedYoy, `figures.${index}.reportedYoy`),
      note,
      version: input.version,
    };
  });
}

export function assertEditable(m: MonthContext): void {
  if (m.period.status === 'closed') throw new AppError(409, 'PERIOD_CLOSED', { period: periodKey(m.period) });
  const status = m.submission?.status ?? 'not_started';
  if (!isEditableStatus(status)) throw new AppError(409, 'SUBMISSION_STATE', { status });
}

/**
 * Writes changed figures as new versions (unchanged ones are left alone, so a
 * repeated save or re-import changes nothing). Stale versions → 409.
 * Returns the submission (created on first save) and what changed.
 *
 * Batched: the changed figures are written by one multi-row
 * INSERT … ON CONFLICT (submission_id, indicator_id) DO UPDATE … RETURNING
 * (new figures inserted at version 1, existing ones moved to version + 1 only
 * where the stored version is still the one read: `WHERE figures.version =
 * excluded.version - 1`), and their history by one multi-row INSERT into
 * figure_versions — two statements for a district-month instead of two per
 * figure. A row the version guard skipped is missing from RETURNING, which
 * is the 409; the caller's transaction then rolls everything back.
 */
export async function writeFigures(
  trx: Executor,
  m: MonthContext,
  parsed: ParsedFigure[],
  meta: { actorId: number; now: string; source: FigureSource; ignoreVersions?: boolean },
): Promise<{ submission: SubmissionRow; changed: { code: string; before: string | null; after: string | null }[] }> {
  const repo = reportingRepository(trx);
  let submission = m.submission ?? (await repo.createSubmission(m.period.id, m.organisation.id, meta.now));
  const changes = parsed.filter((p) => {
    const current = m.figures.get(p.indicatorId);
    if (!meta.ignoreVersions && (current?.version ?? 0) !== p.version) throw staleVersion();
    return !(
      current &&
      sameDec(amountFromDb(current.ytd_value), p.ytd) &&
      sameDec(amountFromDb(current.reported_yoy), p.reportedYoy) &&
      (current.note ?? null) === p.note
    );
  });
  if (changes.length === 0) return { submission, changed: [] };
  // Two values for one indicator in one write: the second was made against a state the first replaced.
  if (new Set(changes.map((p) => p.indicatorId)).size !== changes.length) throw staleVersion();
  const next = await repo.touchEditableSubmission(submission.id, meta.now);
  if (!next) throw staleVersion();
  submission = next;

  const values = changes.map((p) => ({
    submission_id: submission.id,
    indicator_id: p.indicatorId,
    ytd_value: amountToDb(p.ytd),
    reported_yoy: amountToDb(p.reportedYoy),
    note: p.note,
    source: meta.source,
    source_ref: null,
    source_quote: null,
    updated_by: meta.actorId,
    updated_at: meta.now,
    version: (m.figures.get(p.indicatorId)?.version ?? 0) + 1,
  }));
  const written = new Map<number, FigureRow>();
  for (const chunk of chunks(values)) {
    const rows = await trx.insertInto('figures').values(chunk)
      .onConflict((oc) => oc.columns(['submission_id', 'indicator_id'])
        .doUpdateSet((eb) => ({
          ytd_value: eb.ref('excluded.ytd_value'),
          reported_yoy: eb.ref('excluded.reported_yoy'),
          note: eb.ref('excluded.note'),
          source: eb.ref('excluded.source'),
          source_ref: eb.ref('excluded.source_ref'),
          source_quote: eb.ref('excluded.source_quote'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: eb.ref('excluded.updated_at'),
          version: eb.ref('excluded.version'),
        }))
        .where(sql<boolean>`figures.version = excluded.version - 1`))
      .returningAll().execute();
    for (const row of rows) written.set(row.indicator_id, row);
  }
  // RETURNING order is not guaranteed: rows are matched by indicator, and every change must be there.
  if (written.size !== changes.length) throw staleVersion();

  const rows = changes.map((p) => written.get(p.indicatorId)!);
  for (const chunk of chunks(rows)) {
    await trx.insertInto('figure_versions').values(chunk.map((row) => ({
      figure_id: row.id, submission_id: submission.id, version: row.version, ytd_value: row.ytd_value,
      reported_yoy: row.reported_yoy, note: row.note, source: row.source, changed_by: meta.actorId,
      changed_at: meta.now, submission_version: submission.version,
    }))).execute();
  }
  const changed = changes.map((p) => {
    const current = m.figures.get(p.indicatorId);
    return {
      code: p.indicatorCode,
      before: current ? String(amountFromDb(current.ytd_value) ?? '') : null,
      after: p.ytd === null ? null : p.ytd.toString(),
    };
  });
  return { submission, changed };
}
