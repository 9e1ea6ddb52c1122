// The dispatch's warning lists (docs/DOMAIN.md "Major projects" → "Project warnings"): the projects
// of the month's plan year in the reader's scope that the city's enabled rules card, or that have
// stalled, with the reasons in words; most severe first.
import type { ProjectWarningList, ProjectWarningQuery } from '@hongtu/contracts/project-dispatch';
import { CARD_SEVERITY, DEFAULT_STALLED_MONTHS, PROJECT_WARNING_KINDS } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { parsePeriodOrFail } from '../reporting/reporting.public';
import { enabledWarningRules } from '../warnings/warnings.public';
import { loadDispatchProjects, warningItem, withWarnings } from './project-facts';

export function createProjectWarningsReadModel({ db }: Deps) {
  return {
    async list(ctx: RequestContext, query: ProjectWarningQuery): Promise<ProjectWarningList> {
      const actor = requireActor(ctx);
      const { year, month } = parsePeriodOrFail(query.period);
      const stalledMonths = query.stalledMonths ?? DEFAULT_STALLED_MONTHS;
      const [rules, projects] = await Promise.all([
        enabledWarningRules(db),
        loadDispatchProjects(db, actor, year, month, { organisationId: query.organisationId }),
      ]);
      const warned = withWarnings(projects, rules, month, stalledMonths).filter((w) => w.result.kinds.length > 0);
      const counts = Object.fromEntries(PROJECT_WARNING_KINDS.map((k) => [k, warned.filter((w) => w.result.kinds.includes(k)).length])) as ProjectWarningList['counts'];
      const items = warned
        .filter((w) => query.kind === undefined || w.result.kinds.includes(query.kind))
        .sort((a, b) => (b.result.colour ? CARD_SEVERITY[b.result.colour] : 0) - (a.result.colour ? CARD_SEVERITY[a.result.colour] : 0))
        .map((w) => warningItem(w.project, w.result, month, ctx.locale));
      return { period: query.period, stalledMonths, counts, items };
    },
  };
}
