import { AuditActions, AuditEntityTypes, type Submission } from '@hongtu/contracts';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.repository';
import { assertEditable, writeFigures } from '../reporting/figure-writer';
import { loadMonth, periodKeyOf, toSubmission } from '../reporting/month-context';
import { importBatchesRepository, parseStoredBatch, storedToParsed } from './import-batch';

export interface ImportCommitResult {
  batchId: number;
  status: 'committed';
  /** Figures that got a new version (0 when the file matched what was saved). */
  changed: number;
  /** The batch had been committed before; this call changed nothing. */
  repeated: boolean;
  submission: Submission;
}

/**
 * Commits a checked batch: in one transaction the figures are written
 * exactly like a manual save (writeFigures, source 'imported', unchanged
 * figures skipped), the batch is marked committed and the audit row written.
 * Refused when the dry run found problems (422) or the month changed since
 * the dry run (409). Committing an already committed batch answers the same
 * state again and writes nothing (a double click is harmless).
 */
export function createImportCommit({ db, dialect, clock, audit }: Deps) {
  return async (ctx: RequestContext, batchId: number): Promise<ImportCommitResult> => {
    const actor = requireActor(ctx);
    const now = clock.now().toISOString();
    const outcome = await db.transaction().execute(async (trx) => {
      const batches = importBatchesRepository(trx);
      // SQLite runs one transaction at a time; PostgreSQL needs the row lock.
      const batch = await batches.find(batchId, dialect === 'postgres');
      if (!batch) throw notFound();
      const organisation = await organisationsRepository(trx).findById(batch.organisation_id);
      assertInScope(actor, organisation?.path);
      const period = await trx.selectFrom('reporting_periods').selectAll().where('id', '=', batch.period_id).executeTakeFirstOrThrow();
      const periodKey = periodKeyOf(period);
      const stored = parseStoredBatch(batch.rows_json);

      if (batch.status === 'committed') {
        await audit.append(trx, ctx, { action: AuditActions.submissionImportRepeat, entityType: AuditEntityTypes.importBatch, entityId: batch.id, after: { committedAt: batch.committed_at } });
        return { periodKey, organisationId: batch.organisation_id, changed: 0, repeated: true };
      }
      if (stored.blocking) throw new AppError(422, 'IMPORT_BLOCKED');
      const m = await loadMonth(trx, actor, periodKey, batch.organisation_id);
      assertEditable(m);
      // The batch was checked against this version of the month; anything saved since makes the check stale.
      if ((m.submission?.version ?? 0) !== stored.submissionVersion) throw new AppError(409, 'IMPORT_STALE');
      const parsed = storedToParsed(stored, m);
      if (!parsed) throw new AppError(409, 'IMPORT_STALE');
      if (!(await batches.markCommitted(batch.id, now))) throw staleVersion();

      const { submission, changed } = await writeFigures(trx, m, parsed, { actorId: actor.userId, now, source: 'imported', ignoreVersions: true });
      await audit.append(trx, ctx, {
        action: AuditActions.submissionImport, entityType: AuditEntityTypes.submission, entityId: submission.id,
        before: changed.map((c) => ({ indicator: c.code, ytd: c.before })),
        after: {
          batchId: batch.id, file: batch.file_name, sha256: batch.file_sha256,
          figures: changed.map((c) => ({ indicator: c.code, ytd: c.after })),
        },
      });
      return { periodKey, organisationId: batch.organisation_id, changed: changed.length, repeated: false };
    });

    const m = await loadMonth(db, actor, outcome.periodKey, outcome.organisationId);
    return { batchId, status: 'committed', changed: outcome.changed, repeated: outcome.repeated, submission: toSubmission(m, clock.now()) };
  };
}
