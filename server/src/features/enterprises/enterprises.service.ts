import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { Enterprise, createEnterpriseSchema, updateEnterpriseSchema } from '@hongtu/contracts/enterprises';
import { isReportingUnit, isValidCreditCode, normalizeCreditCode } from '@hongtu/domain';
import type { z } from 'zod';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, outOfScope, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope, isInScope } from '../../platform/permissions/scope';
import { flagColumnsOf } from './enterprises.codec';
import { loadEnterprise } from './enterprises.read-model';
import { nameKeys, registryText } from './enterprise-names';

type CreateBody = z.output<typeof createEnterpriseSchema>;
type UpdateBody = z.output<typeof updateEnterpriseSchema>;
type Fields = Omit<UpdateBody, 'version' | 'organisationId'>;

/** A credit code as typed → its canonical form, or a 422 naming it. */
export function checkedCreditCode(input: string): string {
  const code = normalizeCreditCode(input);
  if (!isValidCreditCode(code)) {
    throw new AppError(422, 'ENTERPRISE_CREDIT_CODE_INVALID', { value: input.trim().slice(0, 40) }, [{ path: 'creditCode', message: 'ENTERPRISE_CREDIT_CODE_INVALID' }]);
  }
  return code;
}

/** The district or zone that will serve the record: within the writer's own subtree (404 outside it). */
export async function servingOrganisation(db: Executor, actor: Actor, id: number | undefined): Promise<{ id: number; name: string; path: string }> {
  const org = await db.selectFrom('organisations').select(['id', 'name', 'path', 'kind']).where('id', '=', id ?? actor.organisationId).executeTakeFirst();
  // Another district's organisation is answered like a missing record (and audited as a denial).
  if (!org || !isInOwnScope(actor, org.path)) throw outOfScope();
  if (!isReportingUnit(org.kind)) {
    throw new AppError(422, 'ENTERPRISE_ORGANISATION_INVALID', {}, [{ path: 'organisationId', message: 'ENTERPRISE_ORGANISATION_INVALID' }]);
  }
  return org;
}

/**
 * One record per code: a code already kept answers 409 — with the record's name when the writer
 * may read it, otherwise only who serves it (nothing of what that district keeps).
 */
export async function refuseExistingCode(db: Executor, actor: Actor, code: string): Promise<void> {
  const existing = await db.selectFrom('enterprises as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.name', 'o.name as organisation_name', 'o.path']).where('e.credit_code', '=', code).executeTakeFirst();
  if (!existing) return;
  if (isInScope(actor, existing.path)) {
    throw new AppError(409, 'ENTERPRISE_EXISTS', { code, name: existing.name, organisation: existing.organisation_name }, [{ path: 'creditCode', message: 'ENTERPRISE_EXISTS' }]);
  }
  throw new AppError(409, 'ENTERPRISE_EXISTS_ELSEWHERE', { code, organisation: existing.organisation_name }, [{ path: 'creditCode', message: 'ENTERPRISE_EXISTS_ELSEWHERE' }]);
}

/** The stored columns of the form's fields (Traditional characters converted, 拼音 keys computed). */
export function columnsOf(fields: Fields) {
  const name = registryText(fields.name);
  const keys = nameKeys(name);
  return {
    name,
    name_pinyin: keys.pinyin,
    name_initials: keys.initials,
    former_names: JSON.stringify(fields.formerNames.map(registryText)),
    legal_form: fields.legalForm,
    industry_code: fields.industryCode,
    address: fields.address ? registryText(fields.address) || null : null,
    size_class: fields.sizeClass,
    headquarters_kind: fields.headquartersKind,
    ...flagColumnsOf(fields.flags),
  };
}

/** What the audit row keeps of a record (before / after). */
function auditView(e: Enterprise) {
  return {
    creditCode: e.creditCode, name: e.name, organisation: e.organisationName, formerNames: e.formerNames, legalForm: e.legalForm,
    industryCode: e.industryCode, address: e.address, sizeClass: e.sizeClass, headquartersKind: e.headquartersKind, flags: e.flags,
  };
}

/** Keeping the registry: every write one transaction with its audit row. */
export function createEnterpriseService({ db, clock, audit }: Deps) {
  return {
    async create(ctx: RequestContext, body: CreateBody): Promise<Enterprise> {
      const actor = requireActor(ctx);
      const code = checkedCreditCode(body.creditCode);
      const id = await db.transaction().execute(async (trx) => {
        const org = await servingOrganisation(trx, actor, body.organisationId);
        await refuseExistingCode(trx, actor, code);
        const at = clock.now().toISOString();
        const row = await trx.insertInto('enterprises').values({
          credit_code: code, organisation_id: org.id, ...columnsOf(body), demo_note: null, created_at: at, updated_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        const created = await loadEnterprise(trx, actor, row.id);
        await audit.append(trx, ctx, { action: AuditActions.enterpriseCreate, entityType: AuditEntityTypes.enterprise, entityId: row.id, after: auditView(created) });
        return row.id;
      });
      return loadEnterprise(db, actor, id);
    },

    /** An edit at the version it was read (409 when someone saved since); the code never changes. */
    async update(ctx: RequestContext, id: number, body: UpdateBody): Promise<Enterprise> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const before = await loadEnterprise(trx, actor, id);
        if (!before.canEdit) throw outOfScope();
        if (before.version !== body.version) throw staleVersion();
        const org = await servingOrganisation(trx, actor, body.organisationId ?? before.organisationId);
        const result = await trx.updateTable('enterprises').set({
          ...columnsOf(body), organisation_id: org.id, version: before.version + 1, updated_at: clock.now().toISOString(),
        }).where('id', '=', id).where('version', '=', body.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        const after = await loadEnterprise(trx, actor, id);
        await audit.append(trx, ctx, { action: AuditActions.enterpriseUpdate, entityType: AuditEntityTypes.enterprise, entityId: id, before: auditView(before), after: auditView(after) });
      });
      return loadEnterprise(db, actor, id);
    },
  };
}
