// The major projects' dispatch data of a month for the 调度通报 (builders' DispatchInput), read through
// the project dispatch's own read models in the caller's scope: the districts' progress against their
// plans, the projects behind their plan and those planned to start by now that have not, the problems
// past their due date at the month's end (the 100 oldest). Amounts in
// 亿元 as the dispatch list states them (the read models give 万元: divided by 10,000 exactly).
import { div, sub, toPlainString } from '@hongtu/domain';
import type { Deps } from '../../platform/deps';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { createProjectDashboardReadModel, createProjectWarningsReadModel, loadDispatchProjects } from '../project-dispatch/project-dispatch.public';
import { listProblems } from '../project-problems/project-problems.public';
import type { DispatchInput } from './builders';

const yi = (wan: string) => toPlainString(div(wan, 10000));

export async function dispatchInput(deps: Deps, ctx: RequestContext, periodKey: string, organisationId: number | undefined): Promise<DispatchInput> {
  const query = { period: periodKey, ...(organisationId !== undefined ? { organisationId } : {}) };
  const [year, month] = periodKey.split('-').map(Number) as [number, number];
  const monthEnd = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const [dashboard, behind, notStarted, projects, problems] = await Promise.all([
    createProjectDashboardReadModel(deps).get(ctx, query),
    createProjectWarningsReadModel(deps).list(ctx, { ...query, kind: 'behind' }),
    createProjectWarningsReadModel(deps).list(ctx, { ...query, kind: 'not_started' }),
    loadDispatchProjects(deps.db, requireActor(ctx), year, month, organisationId !== undefined ? { organisationId } : {}),
    listProblems(deps.db, requireActor(ctx), monthEnd, { page: 1, pageSize: 100, overdue: 'true', ...(organisationId !== undefined ? { districtId: organisationId } : {}) }),
  ]);
  const plannedStart = new Map(projects.map((p) => [p.id, p.facts.plannedStart]));
  return {
    timeProgress: dashboard.districts.length > 0 ? dashboard.timeProgress : null,
    districts: dashboard.districts.map((d) => ({
      organisationId: d.organisationId, organisationName: d.organisationName, projectCount: d.projectCount,
      annualPlan: yi(d.annualPlan), ytdInvestment: yi(d.ytdInvestment), completion: d.completion, gap: d.gap,
      plannedStarts: d.plannedStarts, started: d.started,
    })),
    behind: behind.items.map((p) => ({
      projectId: p.id, name: p.name, organisationName: p.organisationName, annualPlan: yi(p.annualPlan),
      ytdInvestment: yi(p.ytdInvestment ?? '0'), completion: p.completion, gap: p.completion === null ? null : toPlainString(sub(p.completion, p.timeProgress)),
    })),
    notStarted: notStarted.items.map((p) => ({
      projectId: p.id, name: p.name, organisationName: p.organisationName, plannedStart: (plannedStart.get(p.id) ?? '').slice(0, 7),
    })),
    overdueProblems: problems.items.map((p) => ({
      problemId: p.id, projectName: p.projectName, organisationName: p.districtName, title: p.title,
      // 超期天数: calendar days from the due date to the month's end (the problems' own clock counts working days).
      department: p.departmentName, dueDate: p.dueOn, daysOverdue: Math.round((Date.parse(monthEnd) - Date.parse(p.dueOn.slice(0, 10))) / 86_400_000),
    })),
  };
}
