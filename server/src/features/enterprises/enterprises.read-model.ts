import type { EnterprisesList } from '@hongtu/contracts/enterprises';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';

/** Lists and lookups of 企业库, always inside the reader's organisation subtree. */
export function createEnterprisesReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext): Promise<EnterprisesList> {
      const actor = requireActor(ctx);
      const rows = await db.selectFrom('enterprises as x')
        .innerJoin('organisations as o', 'o.id', 'x.organisation_id')
        .select(['x.id', 'x.organisation_id', 'o.name as organisation_name', 'x.credit_code', 'x.name', 'x.created_at'])
        .where('o.path', 'like', `${actor.organisationPath}%`)
        .orderBy('x.id')
        .limit(1000)
        .execute();
      return {
        items: rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, creditCode: r.credit_code, name: r.name, createdAt: r.created_at })),
      };
    },
  };
}
export type EnterprisesReadModel = ReturnType<typeof createEnterprisesReadModel>;
