import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import { validityInOrder, type Policy, type createPolicySchema, type updatePolicySchema } from '@hongtu/contracts/policies';
import { isReportingUnit } from '@hongtu/domain';
import type { z } from 'zod';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { toSimplified } from '../../platform/text/chinese';
import { chinaToday, loadPolicy, loadPolicyRow } from './policies.read-model';

type Fields = z.output<typeof createPolicySchema>;
type UpdateBody = z.output<typeof updatePolicySchema>;

const text = (s: string) => toSimplified(s).trim();

/** The stored columns of a policy's fields, after the checks across fields. */
async function columnsOf(db: Executor, fields: Fields, cityPath: string) {
  if (!validityInOrder(fields)) {
    throw new AppError(422, 'POLICY_VALIDITY_ORDER', { validFrom: fields.validFrom!, validTo: fields.validTo! }, [{ path: 'validTo', message: 'POLICY_VALIDITY_ORDER' }]);
  }
  const { districtIds } = fields.conditions;
  if (districtIds.length) {
    const orgs = await db.selectFrom('organisations').select(['id', 'kind', 'path']).where('id', 'in', districtIds).execute();
    const bad = districtIds.findIndex((id) => {
      const o = orgs.find((x) => x.id === id);
      return !o || !isReportingUnit(o.kind) || !o.path.startsWith(cityPath);
    });
    if (bad >= 0) throw new AppError(422, 'POLICY_DISTRICT_INVALID', {}, [{ path: `conditions.districtIds.${bad}`, message: 'POLICY_DISTRICT_INVALID' }]);
  }
  return {
    title: text(fields.title), issuer: text(fields.issuer), document_number: fields.documentNumber ? text(fields.documentNumber) || null : null,
    issued_on: fields.issuedOn, valid_from: fields.validFrom, valid_to: fields.validTo, summary: toSimplified(fields.summary),
    industries: JSON.stringify(fields.conditions.industries), size_classes: JSON.stringify(fields.conditions.sizeClasses),
    flags: JSON.stringify(fields.conditions.flags), district_ids: JSON.stringify(fields.conditions.districtIds),
  };
}

function auditView(p: Policy) {
  return { title: p.title, issuer: p.issuer, documentNumber: p.documentNumber, issuedOn: p.issuedOn, validFrom: p.validFrom, validTo: p.validTo, conditions: p.conditions, withdrawn: p.withdrawn };
}

/** The city keeps the library: every write one transaction with its audit row. */
export function createPolicyService({ db, clock, audit }: Deps) {
  const today = () => chinaToday(clock.now());
  return {
    async create(ctx: RequestContext, body: Fields): Promise<Policy> {
      const actor = requireActor(ctx);
      const id = await db.transaction().execute(async (trx) => {
        const at = clock.now().toISOString();
        const row = await trx.insertInto('policies').values({ ...(await columnsOf(trx, body, actor.organisationPath)), withdrawn_at: null, demo_note: null, created_at: at, updated_at: at })
          .returning('id').executeTakeFirstOrThrow();
        await audit.append(trx, ctx, { action: AuditActions.policyCreate, entityType: AuditEntityTypes.policy, entityId: row.id, after: auditView(await loadPolicy(trx, today(), row.id)) });
        return row.id;
      });
      return loadPolicy(db, today(), id);
    },

    async update(ctx: RequestContext, id: number, body: UpdateBody): Promise<Policy> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const before = await loadPolicy(trx, today(), id);
        if (before.withdrawn) throw new AppError(409, 'POLICY_WITHDRAWN');
        if (before.version !== body.version) throw staleVersion();
        const result = await trx.updateTable('policies').set({ ...(await columnsOf(trx, body, actor.organisationPath)), version: before.version + 1, updated_at: clock.now().toISOString() })
          .where('id', '=', id).where('version', '=', body.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await audit.append(trx, ctx, { action: AuditActions.policyUpdate, entityType: AuditEntityTypes.policy, entityId: id, before: auditView(before), after: auditView(await loadPolicy(trx, today(), id)) });
      });
      return loadPolicy(db, today(), id);
    },

    /** Withdrawn: kept for the record, matched no more. */
    async withdraw(ctx: RequestContext, id: number, version: number): Promise<Policy> {
      await db.transaction().execute(async (trx) => {
        const row = await loadPolicyRow(trx, id);
        if (row.withdrawn_at !== null) throw new AppError(409, 'POLICY_WITHDRAWN');
        if (row.version !== version) throw staleVersion();
        const at = clock.now().toISOString();
        await trx.updateTable('policies').set({ withdrawn_at: at, version: row.version + 1, updated_at: at }).where('id', '=', id).where('version', '=', version).execute();
        await audit.append(trx, ctx, { action: AuditActions.policyDelete, entityType: AuditEntityTypes.policy, entityId: id, before: { title: row.title, withdrawn: false }, after: { title: row.title, withdrawn: true } });
      });
      return loadPolicy(db, today(), id);
    },
  };
}
