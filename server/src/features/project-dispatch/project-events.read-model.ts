// Mass starts and signings 集中开工 / 集中签约 (docs/DOMAIN.md "Major projects" → "Events"): a batch
// of projects with its count and total investment as its source states them, and the library's
// projects in it; each district sees its own, the city all.
import type { ProjectEventList } from '@hongtu/contracts/project-dispatch';
import type { PROJECT_EVENT_KINDS } from '@hongtu/contracts/project-dispatch';
import { storageText } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';

type EventKind = (typeof PROJECT_EVENT_KINDS)[number];

export function createProjectEventsReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext): Promise<ProjectEventList> {
      const actor = requireActor(ctx);
      const events = await db.selectFrom('project_events as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
        .where((eb) => pathInScope(eb, 'o.path', actor))
        .select(['e.id', 'e.kind', 'e.title', 'e.organisation_id', 'o.name as organisation_name', 'e.held_in', 'e.project_count', 'e.total_investment', 'e.source_file', 'e.source_quote'])
        .orderBy('e.held_in', 'desc').orderBy('e.id')
        .limit(500)
        .execute();
      const links = events.length === 0 ? [] : await db.selectFrom('project_event_projects as l')
        .innerJoin('projects as p', 'p.id', 'l.project_id').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
        .where((eb) => pathInScope(eb, 'o.path', actor))
        .where('l.event_id', 'in', events.map((e) => e.id))
        .select(['l.event_id', 'p.id', 'p.name']).orderBy('p.code').execute();
      return {
        items: events.map((e) => ({
          id: e.id, kind: e.kind as EventKind, title: e.title, organisationId: e.organisation_id, organisationName: e.organisation_name, heldIn: e.held_in,
          projectCount: e.project_count, totalInvestment: e.total_investment === null ? null : storageText(BigInt(String(e.total_investment))),
          source: e.source_file && e.source_quote ? { file: e.source_file, quote: e.source_quote } : null,
          projects: links.filter((l) => l.event_id === e.id).map((l) => ({ id: l.id, name: l.name })),
        })),
      };
    },
  };
}
