import type { Actor } from '../../platform/permissions/actor';
import type { ProblemItem, ProblemList, ProblemListQuery } from '@hongtu/contracts/project-problems';
import { calendarKnowsYear, problemClock } from '@hongtu/domain/problem-timing';
import { sql, type SqlBool } from 'kysely';
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

/**
 * The organisations of the actor's own subtree, read once per request: a list then filters the
 * problems by these ids (an index) instead of comparing two organisations' paths on every row.
 */
export async function ownScopeIds(db: Executor, actor: Pick<Actor, 'organisationPath'>): Promise<number[]> {
  const rows = await db.selectFrom('organisations').select('id').where('path', 'like', `${actor.organisationPath}%`).execute();
  return rows.map((r) => r.id);
}

function problemsJoined(db: Executor) {
  return db.selectFrom('project_problems as x')
    .innerJoin('projects as p', 'p.id', 'x.project_id')
    .innerJoin('organisations as d', 'd.id', 'x.organisation_id')
    .innerJoin('organisations as g', 'g.id', 'x.department_id')
    .selectAll('x')
    .select(['p.code as project_code', 'p.name as project_name', 'd.name as district_name', 'd.path as district_path', 'g.name as department_name', 'g.path as department_path']);
}

/** Problems whose district or department is in the actor's subtree (by path). */
export function problemsBase(db: Executor, actor: Pick<Actor, 'organisationPath'>) {
  return problemsJoined(db)
    .where((eb) => eb.or([eb('d.path', 'like', `${actor.organisationPath}%`), eb('g.path', 'like', `${actor.organisationPath}%`)]));
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

/** The list's filters on the problems (alias x) as one condition, the scope's ids among them. */
function listCondition(scope: readonly number[], today: string, query: ProblemListQuery) {
  const ids = sql.join([...scope, -1]);
  const parts = [sql`(x.organisation_id in (${ids}) or x.department_id in (${ids}))`];
  if (query.projectId !== undefined) parts.push(sql`x.project_id = ${query.projectId}`);
  if (query.districtId !== undefined) parts.push(sql`x.organisation_id = ${query.districtId}`);
  if (query.departmentId !== undefined) parts.push(sql`x.department_id = ${query.departmentId}`);
  if (query.status) parts.push(sql`x.status = ${query.status}`);
  if (query.open === 'true') parts.push(sql`x.status <> 'closed'`);
  if (query.overdue === 'true') parts.push(sql`x.status = 'assigned' and x.due_on < ${today}`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** Problems in the actor's scope, filtered, oldest first, paged: the scope read once, the count read from the problems alone. */
export async function listProblems(db: Executor, actor: Actor, today: string, query: ProblemListQuery): Promise<ProblemList> {
  const condition = listCondition(await ownScopeIds(db, actor), today, query);
  const total = await db.selectFrom('project_problems as x').where(condition).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await problemsJoined(db).where(condition).orderBy('x.raised_on').orderBy('x.id')
    .limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
  return { items: rows.map((r) => toProblemItem(r, today)), total: Number(total.n) };
}
