import type { ReportSummary } from '@hongtu/contracts/reports';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';

/** Lists and lookups of the reports' archive, always inside the reader's organisation subtree. */
export function createReportsReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext): Promise<{ items: ReportSummary[]; total: number }> {
      const actor = requireActor(ctx);
      const rows = await db.selectFrom('reports as x')
        .innerJoin('organisations as o', 'o.id', 'x.organisation_id')
        .innerJoin('users as u', 'u.id', 'x.generated_by')
        .select(['x.id', 'x.kind', 'x.period_key', 'x.organisation_id', 'o.name as organisation_name', 'x.title', 'x.revision',
          'x.provisional', 'x.snapshot_hash', 'x.generated_at', 'u.display_name as generated_by'])
        .where('o.path', 'like', `${actor.organisationPath}%`)
        .orderBy('x.id')
        .limit(100)
        .execute();
      const items = rows.map((r) => ({
        id: r.id, kind: r.kind, periodKey: r.period_key, organisationId: r.organisation_id, organisationName: r.organisation_name,
        title: r.title, revision: r.revision, provisional: r.provisional === 1, snapshotHash: r.snapshot_hash,
        generatedAt: r.generated_at, generatedBy: r.generated_by,
      }));
      return { items, total: items.length };
    },
  };
}
export type ReportsReadModel = ReturnType<typeof createReportsReadModel>;
