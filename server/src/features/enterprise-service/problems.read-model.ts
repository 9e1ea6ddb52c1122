import type { EnterpriseProblemCounts, EnterpriseProblemItem, EnterpriseProblemList, EnterpriseProblemListQuery } from '@hongtu/contracts/enterprise-service';
import { enterpriseProblemClock } from '@hongtu/domain';
import { addWorkingDays, workingDaysBetween } from '@hongtu/domain/working-days';
import type { Executor } from '../../db/database';
import { outOfScope } from '../../platform/errors/app-error';
import type { Actor } from '../../platform/permissions/actor';
import { isInOwnScope } from '../../platform/permissions/scope';
import { enterpriseSummaries } from '../enterprises/enterprises.public';
import type { EnterpriseProblemRow } from './enterprise-service.table';

/** The official working-day calendar the rules are given. */
export const CALENDAR = { addWorkingDays, workingDaysBetween };

/** Today's calendar date in China (UTC+8, no daylight saving). */
export const chinaToday = (now: Date): string => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A problem is the business of two sides: the enterprise's district and the department it is
 * sent to. A user sees it when either lies in the user's own subtree (a department's read grants
 * open a district's figures, not its enterprises' problems): the city sees all, a district its
 * own enterprises', a department those sent to it.
 */
export function problemSides(actor: Pick<Actor, 'organisationPath'>, districtPath: string, departmentPath: string) {
  return { ownDistrict: isInOwnScope(actor, districtPath), ownDepartment: isInOwnScope(actor, departmentPath) };
}

export function problemsBase(db: Executor, actor: Pick<Actor, 'organisationPath'>) {
  return db.selectFrom('enterprise_problems as x')
    .innerJoin('organisations as d', 'd.id', 'x.organisation_id')
    .innerJoin('organisations as g', 'g.id', 'x.department_id')
    .where((eb) => eb.or([eb('d.path', 'like', `${actor.organisationPath}%`), eb('g.path', 'like', `${actor.organisationPath}%`)]))
    .selectAll('x')
    .select(['d.name as district_name', 'd.path as district_path', 'g.name as department_name', 'g.path as department_path']);
}
export type ProblemJoinedRow = EnterpriseProblemRow & { district_name: string; district_path: string; department_name: string; department_path: string };

/** One problem in the actor's scope, or the 404 (audited) of one outside it or missing. */
export async function loadProblem(db: Executor, actor: Pick<Actor, 'organisationPath'>, id: number): Promise<ProblemJoinedRow> {
  const row = await problemsBase(db, actor).where('x.id', '=', id).executeTakeFirst();
  if (!row) throw outOfScope();
  return row;
}

type Names = Map<number, { name: string; creditCode: string }>;

export function toProblemItem(r: ProblemJoinedRow, names: Names, today: string): EnterpriseProblemItem {
  const clock = enterpriseProblemClock(CALENDAR, { dueOn: r.due_on, raisedOn: r.raised_on, closedOn: r.closed_on, today });
  const enterprise = names.get(r.enterprise_id);
  return {
    id: r.id, enterpriseId: r.enterprise_id, enterpriseName: enterprise?.name ?? '', creditCode: enterprise?.creditCode ?? '',
    districtId: r.organisation_id, districtName: r.district_name, departmentId: r.department_id, departmentName: r.department_name,
    category: r.category, title: r.title, status: r.status, raisedVia: r.raised_via, raisedOn: r.raised_on,
    acknowledgeDueOn: r.acknowledge_due_on, answerDueOn: r.answer_due_on, dueOn: r.due_on, closedOn: r.closed_on,
    supervisionCount: r.supervision_count, reopenCount: r.reopen_count, satisfaction: r.satisfaction, version: r.version,
    demo: r.demo_source ? { source: r.demo_source, file: r.source_file, quote: r.source_quote } : null,
    ...clock,
  };
}

export async function toProblemItems(db: Executor, rows: ProblemJoinedRow[], today: string): Promise<EnterpriseProblemItem[]> {
  const names: Names = await enterpriseSummaries(db, rows.map((r) => r.enterprise_id));
  return rows.map((r) => toProblemItem(r, names, today));
}

/** Problems in the actor's scope, filtered, newest first, paged. */
export async function listProblems(db: Executor, actor: Actor, today: string, query: EnterpriseProblemListQuery): Promise<EnterpriseProblemList> {
  let base = problemsBase(db, actor);
  if (query.status) base = base.where('x.status', '=', query.status);
  if (query.category) base = base.where('x.category', '=', query.category);
  if (query.districtId !== undefined) base = base.where('x.organisation_id', '=', query.districtId);
  if (query.enterpriseId !== undefined) base = base.where('x.enterprise_id', '=', query.enterpriseId);
  if (query.open === 'true') base = base.where('x.status', '!=', 'closed');
  const total = await base.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base.orderBy('x.raised_on', 'desc').orderBy('x.id', 'desc').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute();
  return { items: await toProblemItems(db, rows, today), total: Number(total.n), today };
}

/**
 * The overdue list: problems past the deadline that runs now, most overdue first. The running
 * deadline is null once a problem is answered or closed, so the list is one range of an index.
 * The reader's organisations are resolved to ids first (none when the reader sees every one), so
 * the range is filtered on the covering index (due_on, district, department, id) without a join;
 * only the page's rows are then read with their names.
 */
export async function listOverdue(db: Executor, actor: Actor, today: string, query: { page: number; pageSize: number; districtId?: number }): Promise<EnterpriseProblemList> {
  const ids = await organisationIdsInScope(db, actor);
  if (ids !== null && ids.length === 0) return { items: [], total: 0, today };
  let base = db.selectFrom('enterprise_problems as x').where('x.due_on', '<', today);
  if (ids !== null) base = base.where((eb) => eb.or([eb('x.organisation_id', 'in', ids), eb('x.department_id', 'in', ids)]));
  if (query.districtId !== undefined) base = base.where('x.organisation_id', '=', query.districtId);
  const [total, page] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base.select('x.id').orderBy('x.due_on').orderBy('x.id').limit(query.pageSize).offset((query.page - 1) * query.pageSize).execute(),
  ]);
  const order = new Map(page.map((r, i) => [r.id, i]));
  const rows = page.length === 0 ? [] : (await problemsBase(db, actor).where('x.id', 'in', page.map((r) => r.id)).execute())
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { items: await toProblemItems(db, rows, today), total: Number(total.n), today };
}

/** The ids of the organisations in the reader's subtree, or null when that is every organisation (no filter needed). */
async function organisationIdsInScope(db: Executor, actor: Pick<Actor, 'organisationPath'>): Promise<number[] | null> {
  const [inScope, all] = await Promise.all([
    db.selectFrom('organisations').select('id').where('path', 'like', `${actor.organisationPath}%`).execute(),
    db.selectFrom('organisations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return inScope.length === Number(all.n) ? null : inScope.map((o) => o.id);
}

/**
 * Counts per district as the seeds report them (the rule is problemCounts in the domain):
 * collected in the period, solved of those by its end; open and overdue today, of those collected.
 */
export async function countProblems(db: Executor, actor: Actor, today: string, from: string, to: string): Promise<EnterpriseProblemCounts> {
  const rows = await problemsBase(db, actor).clearSelect()
    .select((eb) => [
      'x.organisation_id', 'd.name as district_name',
      eb.fn.countAll<number>().as('collected'),
      eb.fn.sum<number>(eb.case().when('x.closed_on', '<=', to).then(1).else(0).end()).as('solved'),
      eb.fn.sum<number>(eb.case().when('x.closed_on', 'is', null).then(1).else(0).end()).as('open'),
      eb.fn.sum<number>(eb.case().when('x.due_on', '<', today).then(1).else(0).end()).as('overdue'),
    ])
    .where('x.raised_on', '>=', from).where('x.raised_on', '<=', to)
    .groupBy(['x.organisation_id', 'd.name'])
    .execute();
  const items = rows.map((r) => ({
    districtId: r.organisation_id, districtName: r.district_name,
    collected: Number(r.collected), solved: Number(r.solved), open: Number(r.open), overdue: Number(r.overdue),
  })).sort((a, b) => b.collected - a.collected || a.districtId - b.districtId);
  const sumOf = (key: 'collected' | 'solved' | 'open' | 'overdue') => items.reduce((n, i) => n + i[key], 0);
  return { from, to, items, total: { collected: sumOf('collected'), solved: sumOf('solved'), open: sumOf('open'), overdue: sumOf('overdue') } };
}
