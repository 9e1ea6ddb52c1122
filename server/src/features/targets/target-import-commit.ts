import { AuditActions, AuditEntityTypes, type TargetImportCommit } from '@hongtu/contracts';
import type { DialectName } from '../../db/connection';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors/app-error';
import { commitBatch, importBatches, type BatchWriter } from '../../platform/imports/import-batches';
import type { ImportRow } from '../../platform/imports/imports.table';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { indicatorsRepository } from '../indicators/indicators.public';
import { organisationsRepository } from '../organisations/organisations.public';
import { currentTargets, currentValues, sameTarget, snapshotsJson, targetKey, type BatchTarget } from './target-import-batch';
import { readStoredTargets } from './target-import-stored';
import { staleTargets, writeTargets, type TargetWrite } from './target-import-write';
import { appendToJsonArray, q1Snapshot, readQ1Rows, staleQ1, writeQ1, type Q1BatchRow, type Q1Write } from './target-import-q1';

interface Plan {
  rows: BatchTarget[];
  years: number[];
  organisations: number;
  changes: TargetWrite[];
  replaced: number;
  /** Q1 targets stated as amounts: every row, and those that change what is stored. */
  q1: Q1BatchRow[];
  q1Changes: Q1Write[];
}

const yearOf = (batch: ImportRow) => (JSON.parse(batch.subject) as { year: number }).year;

/**
 * The writer of a targets batch: every organisation must still be in the
 * actor's scope (404 otherwise, like a missing batch), every target must
 * still have the version the dry run saw (409: checked in one statement for
 * the rows left alone, by the upsert's guard for the others); then the changed targets are
 * written by a few upserts (target-import-write.ts: INSERT … SELECT from the
 * rows as parameters, ON CONFLICT (year, organisation_id, indicator_id) DO
 * UPDATE guarded by `targets.version = excluded.version - 1`), unchanged rows
 * are skipped, and ONE audit row
 * 'target.import' carries the counts (the batch keeps every value written
 * and, in before_json, every value replaced).
 */
function targetsWriter(audit: AuditTrail, dialect: DialectName): BatchWriter<Plan, TargetImportCommit> {
  // The rows of a batch, parsed once per commit (the scope check and the plan both need them).
  const parsed = new WeakMap<ImportRow, BatchTarget[]>();
  const rowsOf = (batch: ImportRow) => {
    let rows = parsed.get(batch);
    if (!rows) parsed.set(batch, (rows = readStoredTargets(batch.rows_json)));
    return rows;
  };
  const q1Parsed = new WeakMap<ImportRow, Q1BatchRow[]>();
  const q1Of = (batch: ImportRow) => {
    let rows = q1Parsed.get(batch);
    if (!rows) q1Parsed.set(batch, (rows = readQ1Rows(batch.rows_json)));
    return rows;
  };
  return {
    kind: 'targets',
    async authorize(trx, actor, batch) {
      // The actor's subtree, once: an organisation missing from it is out of scope (or gone), 404 either way.
      const paths = new Map((await organisationsRepository(trx).listInSubtree(actor.organisationPath)).map((o) => [o.id, o.path]));
      for (const id of new Set([...rowsOf(batch), ...q1Of(batch)].map((r) => r.organisationId))) assertInScope(actor, paths.get(id));
    },
    async repeated(trx, ctx, batch) {
      await audit.append(trx, ctx, {
        action: AuditActions.targetImportRepeat, entityType: AuditEntityTypes.targetImportBatch, entityId: batch.id, after: { committedAt: batch.committed_at },
      });
      return { batchId: batch.id, status: 'committed', year: yearOf(batch), inserted: 0, updated: 0, unchanged: batch.row_count, repeated: true };
    },
    async plan(trx, _ctx, batch) {
      const rows = rowsOf(batch);
      const indicators = await indicatorsRepository(trx).byCode();
      const years = [...new Set(rows.map((r) => r.year))];
      const organisationIds = [...new Set(rows.map((r) => r.organisationId))];
      const located: TargetWrite[] = rows.map((target) => {
        const indicator = indicators.get(target.indicatorCode);
        // The catalogue changed since the dry run.
        if (!indicator) throw new AppError(409, 'IMPORT_TARGET_STALE');
        return { target, indicatorId: indicator.id };
      });
      const changes: TargetWrite[] = [];
      const replaced: Parameters<typeof snapshotsJson>[0] = [];
      if (located.every((w) => w.target.changes !== null)) {
        // The dry run recorded which rows change and what they replace: the rows it left alone must still be at the
        // version it saw (the others are guarded as they are written, see apply), so what it read is what is stored.
        if ((await staleTargets(trx, dialect, located.filter((w) => !w.target.changes))) > 0) throw new AppError(409, 'IMPORT_TARGET_STALE');
        for (const w of located) {
          if (!w.target.changes) continue;
          changes.push(w);
          if (w.target.before) replaced.push({ at: w.target, indicatorId: w.indicatorId, values: w.target.before });
        }
      } else {
        // A batch stored before that record: compared with the stored targets here.
        const current = await currentTargets(trx, years, organisationIds);
        for (const w of located) {
          const stored = current.get(targetKey(w.target.year, w.target.organisationId, w.indicatorId));
          // A target saved or imported since the dry run makes its report stale.
          if ((stored?.version ?? 0) !== w.target.version) throw new AppError(409, 'IMPORT_TARGET_STALE');
          if (sameTarget(stored, w.target)) continue;
          changes.push(w);
          if (stored) replaced.push({ at: w.target, indicatorId: w.indicatorId, values: currentValues(stored) });
        }
      }
      // Q1 amounts: the rows left alone must still be at the version the dry run saw; the others are guarded as written.
      const q1 = q1Of(batch);
      const q1Located: Q1Write[] = q1.map((row) => {
        const indicator = indicators.get(row.indicatorCode);
        if (!indicator) throw new AppError(409, 'IMPORT_TARGET_STALE');
        return { q1: row, indicatorId: indicator.id };
      });
      if ((await staleQ1(trx, q1Located.filter((w) => !w.q1.changes))) > 0) throw new AppError(409, 'IMPORT_TARGET_STALE');
      const q1Changes = q1Located.filter((w) => w.q1.changes);
      const q1Replaced = q1Changes.filter((w) => w.q1.before).map((w) => q1Snapshot(w.q1));
      const beforeJson = appendToJsonArray(snapshotsJson(replaced), q1Replaced);
      return {
        plan: { rows, years: [...new Set([...years, ...q1.map((r) => r.year)])], organisations: new Set([...organisationIds, ...q1.map((r) => r.organisationId)]).size, changes, replaced: replaced.length, q1, q1Changes },
        beforeJson,
      };
    },
    async apply(trx, ctx, batch, { rows, years, organisations, changes, replaced, q1, q1Changes }, now) {
      const written = await writeTargets(trx, dialect, changes, batch.file_name, now);
      // A row the version guard skipped (written by someone else in between): nothing of the batch is kept.
      if (written !== changes.length) throw new AppError(409, 'IMPORT_TARGET_STALE');
      if ((await writeQ1(trx, q1Changes, batch.file_name, now)) !== q1Changes.length) throw new AppError(409, 'IMPORT_TARGET_STALE');
      const q1Updated = q1Changes.filter((w) => w.q1.before).length;
      const q1Counts = q1.length === 0 ? {} : { q1Amounts: { inserted: q1Changes.length - q1Updated, updated: q1Updated, unchanged: q1.length - q1Changes.length } };

      const year = yearOf(batch);
      const counts = { inserted: changes.length - replaced, updated: replaced, unchanged: rows.length - changes.length };
      await audit.append(trx, ctx, {
        action: AuditActions.targetImport, entityType: AuditEntityTypes.targetImportBatch, entityId: batch.id,
        after: { batchId: batch.id, file: batch.file_name, sha256: batch.file_sha256, year, years, rows: rows.length, organisations, ...counts, ...q1Counts },
      });
      return { batchId: batch.id, status: 'committed', year, ...counts, ...q1Counts, repeated: false };
    },
  };
}

/**
 * Commits a checked targets batch, all or nothing (the pipeline's commitBatch
 * with the targets writer). Committing a committed batch again answers it
 * and writes nothing.
 */
export function createTargetImportCommit(deps: Deps) {
  const writer = targetsWriter(deps.audit, deps.dialect);
  return (ctx: RequestContext, batchId: number): Promise<TargetImportCommit> => commitBatch(deps, ctx, batchId, writer);
}

/**
 * What the commit route checks before it queues the commit (the job checks everything again when
 * it runs): the batch exists and lies in the caller's scope (404 otherwise), and is not blocked (422).
 */
export function createTargetImportCommitCheck(deps: Deps) {
  const writer = targetsWriter(deps.audit, deps.dialect);
  return async (ctx: RequestContext, batchId: number): Promise<void> => {
    const batch = await importBatches(deps.db).find('targets', batchId);
    if (!batch) throw notFound();
    await writer.authorize(deps.db, requireActor(ctx), batch);
    if (batch.status !== 'committed' && batch.blocking === 1) throw new AppError(422, 'IMPORT_BLOCKED');
  };
}
