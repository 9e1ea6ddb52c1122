import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { EnterpriseImportCommit } from '@hongtu/contracts/enterprises';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors/app-error';
import { commitBatch, type BatchWriter } from '../../platform/imports/import-batches';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertInOwnScope, isInOwnScope } from '../../platform/permissions/scope';
import { organisationsRepository } from '../organisations/organisations.public';
import { ENTERPRISES_IMPORT_KIND, type StoredEnterpriseBatch } from './enterprise-import.check';
import { columnsOf } from './enterprises.service';

const stale = () => new AppError(409, 'ENTERPRISE_IMPORT_STALE');

type Plan = StoredEnterpriseBatch;

/**
 * The writer of a registry workbook, all or nothing: every record it changes must still be at the
 * version the dry run saw and in the user's own subtree, every code it adds still absent (409
 * otherwise, nothing written). Each record is audited as a form's edit would be (before / after),
 * the batch once more as the import.
 */
function enterprisesWriter(audit: AuditTrail): BatchWriter<Plan, EnterpriseImportCommit> {
  return {
    kind: ENTERPRISES_IMPORT_KIND,
    async authorize(trx, actor, batch) {
      const organisation = batch.organisation_id === null ? undefined : await organisationsRepository(trx).findById(batch.organisation_id);
      assertInOwnScope(actor, organisation?.path);
    },
    async repeated(trx, ctx, batch) {
      await audit.append(trx, ctx, { action: AuditActions.enterpriseImport, entityType: AuditEntityTypes.importBatch, entityId: batch.id, after: { repeated: true, committedAt: batch.committed_at } });
      return { batchId: batch.id, status: 'committed', created: 0, updated: 0, repeated: true };
    },
    async plan(trx, ctx, batch) {
      const stored = JSON.parse(batch.rows_json) as StoredEnterpriseBatch;
      const actor = requireActor(ctx);
      const ids = stored.items.filter((i) => i.id !== null).map((i) => i.id!);
      const codes = stored.items.filter((i) => i.id === null).map((i) => i.creditCode);
      const current = new Map<number, { version: number; path: string }>();
      for (let i = 0; i < ids.length; i += 500) {
        const rows = await trx.selectFrom('enterprises as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
          .select(['e.id', 'e.version', 'o.path']).where('e.id', 'in', ids.slice(i, i + 500)).execute();
        for (const r of rows) current.set(r.id, r);
      }
      for (const item of stored.items) {
        if (item.id === null) continue;
        const now = current.get(item.id);
        if (!now || now.version !== item.version || !isInOwnScope(actor, now.path)) throw stale();
      }
      for (let i = 0; i < codes.length; i += 500) {
        if (await trx.selectFrom('enterprises').select('id').where('credit_code', 'in', codes.slice(i, i + 500)).limit(1).executeTakeFirst()) throw stale();
      }
      return { plan: stored };
    },
    async apply(trx, ctx, batch, plan, now) {
      let created = 0;
      let updated = 0;
      for (const item of plan.items) {
        const columns = columnsOf(item.fields);
        if (item.id === null) {
          const row = await trx.insertInto('enterprises').values({
            credit_code: item.creditCode, organisation_id: item.organisationId, ...columns, demo_note: null, created_at: now, updated_at: now,
          }).returning('id').executeTakeFirstOrThrow();
          await audit.append(trx, ctx, { action: AuditActions.enterpriseCreate, entityType: AuditEntityTypes.enterprise, entityId: row.id, after: { creditCode: item.creditCode, ...item.fields, importBatch: batch.id } });
          created++;
        } else {
          const before = await trx.selectFrom('enterprises').selectAll().where('id', '=', item.id).executeTakeFirstOrThrow();
          const result = await trx.updateTable('enterprises').set({ ...columns, organisation_id: item.organisationId, version: item.version + 1, updated_at: now })
            .where('id', '=', item.id).where('version', '=', item.version).executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw stale();
          await audit.append(trx, ctx, {
            action: AuditActions.enterpriseUpdate, entityType: AuditEntityTypes.enterprise, entityId: item.id,
            before: { creditCode: before.credit_code, name: before.name, organisationId: before.organisation_id, version: before.version },
            after: { creditCode: item.creditCode, ...item.fields, organisationId: item.organisationId, importBatch: batch.id },
          });
          updated++;
        }
      }
      await audit.append(trx, ctx, { action: AuditActions.enterpriseImport, entityType: AuditEntityTypes.importBatch, entityId: batch.id, after: { file: batch.file_name, created, updated } });
      return { batchId: batch.id, status: 'committed', created, updated, repeated: false };
    },
  };
}

/** Commits a checked registry workbook (platform pipeline: lock, version check, all or nothing). */
export function createEnterpriseImportCommit(deps: Deps) {
  const writer = enterprisesWriter(deps.audit);
  return (ctx: RequestContext, batchId: number): Promise<EnterpriseImportCommit> => commitBatch(deps, ctx, batchId, writer);
}
