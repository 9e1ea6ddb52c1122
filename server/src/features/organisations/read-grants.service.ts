import { AuditActions, AuditEntityTypes, type ReadGrant } from '@hongtu/contracts';
import { readGrantProblem, type ReadGrantProblem } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors/app-error';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { assertInOwnScope } from '../../platform/permissions/scope';
import { organisationsRepository } from './organisations.repository';
import type { OrganisationRow } from './organisations.table';

const PROBLEM_CODES: Record<ReadGrantProblem, 'READ_GRANT_NOT_DEPARTMENT' | 'READ_GRANT_OWN_SCOPE' | 'READ_GRANT_OUTSIDE_LEVEL'> = {
  not_department: 'READ_GRANT_NOT_DEPARTMENT',
  own_scope: 'READ_GRANT_OWN_SCOPE',
  outside_level: 'READ_GRANT_OUTSIDE_LEVEL',
};

/**
 * A department's read grants (docs/DOMAIN.md "Read grants"), kept by the system admin or the city
 * reviewer within their own subtree: the department and the granted organisation both lie in it
 * (a grant gives nothing the giver cannot read). Each grant and removal is audited on the department.
 */
export function createReadGrantService({ db, clock, audit }: Deps) {
  async function departmentInScope(trx: Executor, actor: Actor, id: number): Promise<OrganisationRow> {
    const row = await organisationsRepository(trx).findById(id);
    if (!row) throw notFound();
    assertInOwnScope(actor, row.path);
    return row;
  }

  async function list(trx: Executor, departmentId: number): Promise<ReadGrant[]> {
    const rows = await trx
      .selectFrom('organisation_read_grants as g')
      .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
      .leftJoin('users as u', 'u.id', 'g.created_by')
      .select(['g.department_id', 'g.organisation_id', 'o.name', 'o.kind', 'o.path', 'g.created_at', 'u.username'])
      .where('g.department_id', '=', departmentId)
      .orderBy('o.path')
      .execute();
    return rows.map((r) => ({
      departmentId: r.department_id, organisationId: r.organisation_id, organisationName: r.name, organisationKind: r.kind,
      createdAt: r.created_at, createdBy: r.username,
    }));
  }

  return {
    async list(ctx: RequestContext, departmentId: number): Promise<ReadGrant[]> {
      await departmentInScope(db, requireActor(ctx), departmentId);
      return list(db, departmentId);
    },

    async add(ctx: RequestContext, departmentId: number, organisationId: number): Promise<ReadGrant> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const department = await departmentInScope(trx, actor, departmentId);
        const target = await organisationsRepository(trx).findById(organisationId);
        if (!target) throw new AppError(400, 'VALIDATION_FAILED', {}, [{ path: 'organisationId', message: 'NOT_FOUND' }]);
        assertInOwnScope(actor, target.path);
        const problem = readGrantProblem(department, target);
        if (problem) throw new AppError(400, PROBLEM_CODES[problem], {}, [{ path: 'organisationId', message: PROBLEM_CODES[problem] }]);
        const existing = await trx.selectFrom('organisation_read_grants').select('department_id')
          .where('department_id', '=', departmentId).where('organisation_id', '=', organisationId).executeTakeFirst();
        if (existing) throw new AppError(409, 'READ_GRANT_EXISTS', { name: target.name });
        await trx.insertInto('organisation_read_grants')
          .values({ department_id: departmentId, organisation_id: organisationId, created_at: clock.now().toISOString(), created_by: actor.userId })
          .execute();
        await audit.append(trx, ctx, {
          action: AuditActions.organisationReadGrantAdd, entityType: AuditEntityTypes.organisation, entityId: departmentId,
          after: { department: department.name, organisationId, organisation: target.name },
        });
        return (await list(trx, departmentId)).find((g) => g.organisationId === organisationId)!;
      });
    },

    async remove(ctx: RequestContext, departmentId: number, organisationId: number): Promise<void> {
      const actor = requireActor(ctx);
      await db.transaction().execute(async (trx) => {
        const department = await departmentInScope(trx, actor, departmentId);
        const grant = (await list(trx, departmentId)).find((g) => g.organisationId === organisationId);
        if (!grant) throw notFound();
        await trx.deleteFrom('organisation_read_grants').where('department_id', '=', departmentId).where('organisation_id', '=', organisationId).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.organisationReadGrantRemove, entityType: AuditEntityTypes.organisation, entityId: departmentId,
          before: { department: department.name, organisationId, organisation: grant.organisationName },
        });
      });
    },
  };
}
export type ReadGrantService = ReturnType<typeof createReadGrantService>;
