import { AuditActions, AuditEntityTypes, type ImportCommit } from '@hongtu/contracts';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { commitBatch, type BatchWriter } from '../../platform/imports/import-batches';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.public';
import {
  assertEditable,
  loadMonth,
  periodKeyById,
  toSubmission,
  writeFigures,
  type MonthContext,
  type ParsedFigure,
} from '../reporting/reporting.public';
import { parseStoredBatch, storedToParsed, type FiguresSubject } from './import-batch';

interface Outcome {
  periodKey: string;
  organisationId: number;
  changed: number;
  repeated: boolean;
}

type Plan = { m: MonthContext; parsed: ParsedFigure[]; periodKey: string };

/**
 * The writer of a district-month's batch: the figures are written exactly
 * like a manual save (writeFigures, source 'imported', unchanged figures
 * skipped) with one audit row. The month must still be editable and at the
 * version the dry run saw (409 otherwise).
 */
function figuresWriter(audit: AuditTrail, confirmed: readonly string[]): BatchWriter<Plan, Outcome> {
  return {
    kind: 'figures',
    async authorize(trx, actor, batch) {
      const organisation = batch.organisation_id === null ? undefined : await organisationsRepository(trx).findById(batch.organisation_id);
      assertInScope(actor, organisation?.path);
    },
    async repeated(trx, ctx, batch) {
      await audit.append(trx, ctx, {
        action: AuditActions.submissionImportRepeat, entityType: AuditEntityTypes.importBatch, entityId: batch.id, after: { committedAt: batch.committed_at },
      });
      const subject = JSON.parse(batch.subject) as FiguresSubject;
      return { periodKey: await periodKeyById(trx, subject.periodId), organisationId: subject.organisationId, changed: 0, repeated: true };
    },
    async plan(trx, ctx, batch) {
      const subject = JSON.parse(batch.subject) as FiguresSubject;
      const periodKey = await periodKeyById(trx, subject.periodId);
      const stored = parseStoredBatch(batch.rows_json);
      // Everything the dry run asked to confirm must come back confirmed.
      const missing = (stored.confirmations ?? []).filter((key) => !confirmed.includes(key));
      if (missing.length > 0) throw new AppError(422, 'IMPORT_NEEDS_CONFIRMATION', { count: missing.length });
      const m = await loadMonth(trx, requireActor(ctx), periodKey, subject.organisationId);
      assertEditable(m);
      // The batch was checked against this version of the month; anything saved since makes the check stale.
      if ((m.submission?.version ?? 0) !== stored.submissionVersion) throw new AppError(409, 'IMPORT_STALE');
      const parsed = storedToParsed(stored, m);
      if (!parsed) throw new AppError(409, 'IMPORT_STALE');
      return { plan: { m, parsed, periodKey }, before: undefined };
    },
    async apply(trx, ctx, batch, { m, parsed, periodKey }, now) {
      const { submission, changed } = await writeFigures(trx, m, parsed, { actorId: requireActor(ctx).userId, now, source: 'imported', ignoreVersions: true });
      await audit.append(trx, ctx, {
        action: AuditActions.submissionImport, entityType: AuditEntityTypes.submission, entityId: submission.id,
        before: changed.map((c) => ({ indicator: c.code, ytd: c.before })),
        after: {
          batchId: batch.id, file: batch.file_name, sha256: batch.file_sha256, figures: changed.map((c) => ({ indicator: c.code, ytd: c.after })),
          confirmed: [...confirmed],
        },
      });
      return { periodKey, organisationId: m.organisation.id, changed: changed.length, repeated: false };
    },
  };
}

/**
 * Commits a checked district-month batch (the pipeline's commitBatch with the
 * figures writer). Refused when the dry run found problems (422), when what it
 * asked to confirm is not confirmed (422) or the month changed since (409).
 * Committing a committed batch answers the same state again and writes nothing
 * (a double click is harmless).
 */
export function createImportCommit(deps: Deps) {
  return async (ctx: RequestContext, batchId: number, confirmations: readonly string[] = []): Promise<ImportCommit> => {
    const outcome = await commitBatch(deps, ctx, batchId, figuresWriter(deps.audit, confirmations));
    const actor = requireActor(ctx);
    const m = await loadMonth(deps.db, actor, outcome.periodKey, outcome.organisationId);
    return { batchId, status: 'committed', changed: outcome.changed, repeated: outcome.repeated, submission: toSubmission(m, deps.clock.now(), actor) };
  };
}
