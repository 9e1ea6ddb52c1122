import type { Actor } from '../../platform/permissions/actor';
import type { ProblemItem, ProblemList, ProblemListQuery } from '@hongtu/contracts/project-problems';
import { calendarKnowsYear, problemClock } from '@hongtu/domain/problem-timing';
import type { Executor } from '../../db/database';
import { outOfScope } from '../../platform/errors/app-error';
import { isInOwnScope } from '../../platform/permissions/scope';
import type { ProjectProblemRow } from './project-problems.table';

/** Today's calendar date in China (UTC+8, no daylight saving). */
export const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A problem is the business of two sides: the project's district and the department it is sent to.
 * A user sees it when either lies in the user's own subtree (read grants, which open a district's
 * figures to a department, do not open its problems): the city sees all, a district its own
 * projects', a department those sent to it.
 */
export function problemSides(actor: Pick<Actor, 'organisationPath'>, districtPath: string, departmentPath: string) {
  return { ownProject: isInOwnScope(actor, districtPath), ownDepartment: isInOwnScope(actor, departmentPath) };
}

export function problemsBase(db: Executor, actor: Pick<Actor, 'organisationPath'>) {
  return db.selectFrom('project_problems as x')
    .innerJoin('projects as p', 'p.id', 'x.project_id')
    .innerJoin('organisations as d', 'd.id', 'x.organisation_id')
    .innerJoin('organisations as g', 'g.id', 'x.department_id')
    .where((eb) => eb.or([eb('d.path', 'like', `${actor.organisationPath}%`), eb('g.path', 'like', `${actor.organisationPath}%`)]))
    .selectAll('x')
    .select(['p.code as project_code', 'p.name as project_name', 'd.name as district_name', 'd.path as district_path', 'g.name as department_name', 'g.path as department_path']);
}
export type ProblemJoinedRow = ProjectProblemRow & {
  project_code: string; project_name: string; district_name: string; district_path: string; department_name: string; department_path: string;
};

/** One problem in the actor's scope, or the 404 of a missing one. */
export async function loadProblem(db: Executor, actor: Pick<Actor, 'organisationPath'>, id: number): Promise<ProblemJoinedRow> {
  const row = await problemsBase(db, actor).where('x.id', '=', id).executeTakeFirst();
  if (!row) {
    // Tell a missing problem from one outside the scope only in the audit trail.
    throw outOfScope();
  }
  return row;
}

export function toProblemItem(r: ProblemJoinedRow, today: string): ProblemItem {
  const clock = problemClock({ status: r.status, raisedOn: r.raised_on, dueOn: r.due_on, closedOn: r.closed_on, today });
  return {
    id: r.id, projectId: r.project_id, projectCode: r.project_code, projectName: r.project_name,
    districtId: r.organisation_id, districtName: r.district_name, departmentId: r.department_id, departmentName: r.department_name,
    category: r.category, title: r.title, status: r.status, deadlineDays: r.deadline_days,
    supervisedAt: r.supervised_at, supervisionCount: r.supervision_count, version: r.version,
    raisedOn: r.raised_on, dueOn: r.due_on, closedOn: r.closed_on, ...clock,
    calendarKnown: calendarKnowsYear(Number(r.due_on.slice(0, 4))),
  };
}

/** Problems in the actor's scope, filtered, oldest first, paged. */
export async function listProblems(db: Executor, actor: Actor, today: string, query: ProblemListQuery): Promise<ProblemList> {
  let base = problemsBase(db, actor);
  if (query.projectId !== undefined) base = base.where('x.project_id', '=', query.projectId);
  if (query.districtId !== undefined) base = base.where('x.organisation_id', '=', query.districtId);
  if (query.departmentId !== undefined) base = base.where('x.department_id', '=', query.departmentId);
  if (query.status) base = base.where('x.status', '=', query.status);
  if (query.open === 'true') base = base.where('x.status', '!=', 'closed');
  if (query.overdue === 'true') base = base.where('x.status', '=', 'assigned').where('x.due_on', '<', today);
  const total = await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base.orderBy('x.raised_on').orderBy('x.id')
    .limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
  return { items: rows.map((r) => toProblemItem(r, today)), total: Number(total.n) };
}
