import type { FigureInput } from '@hongtu/contracts';
import type { Dec } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { amountFromDb, amountToDb, parseAmountInput } from '../indicators/amount-codec';
import { unknownIndicator } from '../indicators/indicators.service';
import type { MonthContext } from './month-context';
import { reportingRepository } from './reporting.repository';
import type { FigureSource, SubmissionRow } from './reporting.table';

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

const sameDec = (a: Dec | null, b: Dec | null) => (a === null || b === null ? a === b : a.equals(b));

export function assertEditable(m: MonthContext): void {
  if (m.period.status === 'closed') throw new AppError(409, 'PERIOD_CLOSED', { period: `${m.period.year}-${m.period.month}` });
  const status = m.submission?.status ?? 'draft';
  if (status !== 'draft' && status !== 'returned') throw new AppError(409, 'SUBMISSION_STATE', { status });
}

/**
 * Writes changed figures as new versions (unchanged ones are left alone, so a
 * repeated save or re-import changes nothing). Stale versions → 409.
 * Returns the submission (created on first save) and what changed.
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
  const next = await repo.updateSubmission(submission.id, submission.version, { updated_at: meta.now });
  if (!next) throw staleVersion();
  submission = next;
  const changed = [];
  for (const p of changes) {
    const current = m.figures.get(p.indicatorId);
    const values = {
      ytd_value: amountToDb(p.ytd),
      reported_yoy: amountToDb(p.reportedYoy),
      note: p.note,
      source: meta.source,
      source_ref: null,
      source_quote: null,
      updated_by: meta.actorId,
      updated_at: meta.now,
    };
    const row = current
      ? await trx.updateTable('figures').set({ ...values, version: current.version + 1 })
          .where('id', '=', current.id).where('version', '=', current.version).returningAll().executeTakeFirst()
      : await trx.insertInto('figures').values({ ...values, submission_id: submission.id, indicator_id: p.indicatorId })
          .returningAll().executeTakeFirst();
    if (!row) throw staleVersion();
    await trx.insertInto('figure_versions').values({
      figure_id: row.id, submission_id: submission.id, version: row.version, ytd_value: row.ytd_value,
      reported_yoy: row.reported_yoy, note: row.note, source: row.source, changed_by: meta.actorId,
      changed_at: meta.now, submission_version: submission.version,
    }).execute();
    changed.push({
      code: p.indicatorCode,
      before: current ? String(amountFromDb(current.ytd_value) ?? '') : null,
      after: p.ytd === null ? null : p.ytd.toString(),
    });
  }
  return { submission, changed };
}
