import { sql } from 'kysely';
import { AuditActions, AuditEntityTypes, type TargetImportCommit } from '@hongtu/contracts';
import { chunks } from '../../db/chunks';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { commitBatch, type BatchWriter } from '../../platform/imports/import-batches';
import type { ImportRow } from '../../platform/imports/imports.table';
import type { RequestContext } from '../../platform/permissions/actor';
import { assertInScope } from '../../platform/permissions/scope';
import { indicatorsRepository } from '../indicators/indicators.public';
import { organisationsRepository } from '../organisations/organisations.public';
import {
  currentTargets,
  sameTarget,
  storedValues,
  targetColumns,
  targetKey,
  targetSnapshot,
  type StoredTarget,
} from './target-import-batch';

interface Plan {
  rows: StoredTarget[];
  years: number[];
  organisations: number;
  changes: { row: StoredTarget; indicatorId: number }[];
  replaced: number;
}

const yearOf = (batch: ImportRow) => (JSON.parse(batch.subject) as { year: number }).year;

/**
 * The writer of a targets batch: every organisation must still be in the
 * actor's scope (404 otherwise, like a missing batch), every target must
 * still have the version the dry run saw (409); then the changed targets are
 * written by multi-row upserts (INSERT … ON CONFLICT (year, organisation_id,
 * indicator_id) DO UPDATE, the update guarded by `targets.version =
 * excluded.version - 1`), unchanged rows are skipped, and ONE audit row
 * 'target.import' carries the counts (the batch keeps every value written
 * and, in before_json, every value replaced).
 */
function targetsWriter(audit: AuditTrail): BatchWriter<Plan, TargetImportCommit> {
  // The rows of a batch, parsed once per commit (the scope check and the plan both need them).
  const parsed = new WeakMap<ImportRow, StoredTarget[]>();
  const rowsOf = (batch: ImportRow) => {
    let rows = parsed.get(batch);
    if (!rows) parsed.set(batch, (rows = JSON.parse(batch.rows_json) as StoredTarget[]));
    return rows;
  };
  return {
    kind: 'targets',
    async authorize(trx, actor, batch) {
      // The actor's subtree, once: an organisation missing from it is out of scope (or gone), 404 either way.
      const paths = new Map((await organisationsRepository(trx).listInSubtree(actor.organisationPath)).map((o) => [o.id, o.path]));
      for (const id of new Set(rowsOf(batch).map((r) => r.organisationId))) assertInScope(actor, paths.get(id));
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
      const current = await currentTargets(trx, years, organisationIds);
      const changes: Plan['changes'] = [];
      const before: ReturnType<typeof targetSnapshot>[] = [];
      for (const row of rows) {
        const indicator = indicators.get(row.indicatorCode);
        // The catalogue changed since the dry run.
        if (!indicator) throw new AppError(409, 'IMPORT_TARGET_STALE');
        const stored = current.get(targetKey(row.year, row.organisationId, indicator.id));
        // A target saved or imported since the dry run makes its report stale.
        if ((stored?.version ?? 0) !== row.version) throw new AppError(409, 'IMPORT_TARGET_STALE');
        if (sameTarget(stored, storedValues(row))) continue;
        changes.push({ row, indicatorId: indicator.id });
        if (stored) before.push(targetSnapshot(stored));
      }
      return { plan: { rows, years, organisations: organisationIds.length, changes, replaced: before.length }, before };
    },
    async apply(trx, ctx, batch, { rows, years, organisations, changes, replaced }, now) {
      let written = 0;
      for (const chunk of chunks(changes)) {
        const returned = await trx.insertInto('targets')
          .values(chunk.map(({ row, indicatorId }) => ({
            year: row.year, organisation_id: row.organisationId, indicator_id: indicatorId, ...targetColumns(storedValues(row)),
            source: 'imported', source_ref: batch.file_name, source_quote: row.at, version: row.version + 1, updated_at: now,
          })))
          .onConflict((oc) => oc.columns(['year', 'organisation_id', 'indicator_id'])
            .doUpdateSet((eb) => ({
              amount_target: eb.ref('excluded.amount_target'),
              amount_comparator: eb.ref('excluded.amount_comparator'),
              growth_target: eb.ref('excluded.growth_target'),
              growth_comparator: eb.ref('excluded.growth_comparator'),
              no_target: eb.ref('excluded.no_target'),
              schedule_json: eb.ref('excluded.schedule_json'),
              source: eb.ref('excluded.source'),
              source_ref: eb.ref('excluded.source_ref'),
              source_quote: eb.ref('excluded.source_quote'),
              version: eb.ref('excluded.version'),
              updated_at: eb.ref('excluded.updated_at'),
            }))
            .where(sql<boolean>`targets.version = excluded.version - 1`))
          .returning('id')
          .execute();
        written += returned.length;
      }
      // A row the version guard skipped (written by someone else in between): nothing of the batch is kept.
      if (written !== changes.length) throw new AppError(409, 'IMPORT_TARGET_STALE');

      const year = yearOf(batch);
      const counts = { inserted: changes.length - replaced, updated: replaced, unchanged: rows.length - changes.length };
      await audit.append(trx, ctx, {
        action: AuditActions.targetImport, entityType: AuditEntityTypes.targetImportBatch, entityId: batch.id,
        after: { batchId: batch.id, file: batch.file_name, sha256: batch.file_sha256, year, years, rows: rows.length, organisations, ...counts },
      });
      return { batchId: batch.id, status: 'committed', year, ...counts, repeated: false };
    },
  };
}

/**
 * Commits a checked targets batch, all or nothing (the pipeline's commitBatch
 * with the targets writer). Committing a committed batch again answers it
 * and writes nothing.
 */
export function createTargetImportCommit(deps: Deps) {
  const writer = targetsWriter(deps.audit);
  return (ctx: RequestContext, batchId: number): Promise<TargetImportCommit> => commitBatch(deps, ctx, batchId, writer);
}
