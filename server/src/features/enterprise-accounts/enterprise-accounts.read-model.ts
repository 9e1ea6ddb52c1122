import type { EnterpriseAccountsList } from '@hongtu/contracts/enterprise-accounts';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';

/** Lists and lookups of 企业账户, always inside the reader's organisation subtree. */
export function createEnterpriseAccountsReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext): Promise<EnterpriseAccountsList> {
      const actor = requireActor(ctx);
      const rows = await db.selectFrom('enterprise_accounts as x')
        .innerJoin('organisations as o', 'o.id', 'x.organisation_id')
        .select(['x.id', 'x.organisation_id', 'o.name as organisation_name', 'x.title', 'x.created_at'])
        .where('o.path', 'like', `${actor.organisationPath}%`)
        .orderBy('x.id')
        .limit(1000)
        .execute();
      return {
        items: rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, title: r.title, createdAt: r.created_at })),
      };
    },
  };
}
export type EnterpriseAccountsReadModel = ReturnType<typeof createEnterpriseAccountsReadModel>;
