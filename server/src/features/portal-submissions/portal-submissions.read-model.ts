import type { PortalSubmissionsList } from '@hongtu/contracts/portal-submissions';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';

/** Lists and lookups of 门户来信, always inside the reader's organisation subtree. */
export function createPortalSubmissionsReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext): Promise<PortalSubmissionsList> {
      const actor = requireActor(ctx);
      const rows = await db.selectFrom('portal_submissions as x')
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
export type PortalSubmissionsReadModel = ReturnType<typeof createPortalSubmissionsReadModel>;
