import { AWAITING_REVIEW_STATUSES, REPORTING_UNIT_KINDS, can, cityTodos, districtTodos, isEditableStatus, periodKey, type Todo } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { Actor } from '../../platform/permissions/actor';
import { pathInScope } from '../../platform/permissions/scope';

/**
 * The to-dos of the signed-in user, derived from the months as they are now (nothing stored): the
 * district operator's months to fill or returned, with the days left; the city reviewer's months
 * awaiting review and late districts. Other roles have none.
 */
export async function todosOf(db: Executor, actor: Actor, now: Date): Promise<Todo[]> {
  if (can(actor.role, 'figure.enter')) return districtTodosOf(db, actor, now);
  if (can(actor.role, 'figure.review')) return cityTodosOf(db, actor, now);
  return [];
}

async function districtTodosOf(db: Executor, actor: Actor, now: Date): Promise<Todo[]> {
  const rows = await db.selectFrom('reporting_periods as p')
    .leftJoin('submissions as s', (j) => j.onRef('s.period_id', '=', 'p.id').on('s.organisation_id', '=', actor.organisationId))
    .select(['p.year', 'p.month', 'p.deadline', 'p.status as period_status', 's.id as submission_id', 's.status'])
    .where('p.status', '=', 'open')
    .execute();
  const returnedIds = rows.filter((r) => r.status === 'returned' && r.submission_id !== null).map((r) => r.submission_id!);
  const returned = returnedIds.length === 0 ? [] : await db.selectFrom('figures')
    .select(['submission_id', (eb) => eb.fn.countAll().as('n')])
    .where('submission_id', 'in', returnedIds).where('returned', '=', 1)
    .groupBy('submission_id').execute();
  const returnedBy = new Map(returned.map((r) => [r.submission_id, Number(r.n)]));
  return districtTodos(rows.map((r) => ({
    periodKey: periodKey(r), deadline: r.deadline, open: r.period_status === 'open', status: r.status ?? 'not_started',
    returnedFigures: r.submission_id === null ? 0 : (returnedBy.get(r.submission_id) ?? 0),
  })), now);
}

async function cityTodosOf(db: Executor, actor: Actor, now: Date): Promise<Todo[]> {
  const awaiting = await db.selectFrom('submissions as s')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .innerJoin('reporting_periods as p', 'p.id', 's.period_id')
    .select(['p.id', 'p.year', 'p.month', 'p.deadline', 'p.status', (eb) => eb.fn.countAll().as('n')])
    .where('s.status', 'in', AWAITING_REVIEW_STATUSES)
    .where((eb) => pathInScope(eb, 'o.path', actor))
    .groupBy(['p.id', 'p.year', 'p.month', 'p.deadline', 'p.status'])
    .execute();
  const open = await db.selectFrom('reporting_periods').selectAll().where('status', '=', 'open').where('deadline', '<', now.toISOString()).execute();
  const late = new Map<number, number>();
  if (open.length > 0) {
    const units = await db.selectFrom('organisations as o')
      .innerJoin('reporting_periods as p', (j) => j.on('p.id', 'in', open.map((p) => p.id)))
      .leftJoin('submissions as s', (j) => j.onRef('s.organisation_id', '=', 'o.id').onRef('s.period_id', '=', 'p.id'))
      .select(['p.id as period_id', 's.status'])
      .where('o.kind', 'in', REPORTING_UNIT_KINDS)
      .where((eb) => pathInScope(eb, 'o.path', actor))
      .execute();
    for (const u of units) if (isEditableStatus(u.status ?? 'not_started')) late.set(u.period_id, (late.get(u.period_id) ?? 0) + 1);
  }
  const months = new Map<number, { periodKey: string; deadline: string; open: boolean; awaitingReview: number; late: number }>();
  for (const a of awaiting) months.set(a.id, { periodKey: periodKey(a), deadline: a.deadline, open: a.status === 'open', awaitingReview: Number(a.n), late: 0 });
  for (const p of open) {
    const m = months.get(p.id) ?? { periodKey: periodKey(p), deadline: p.deadline, open: true, awaitingReview: 0, late: 0 };
    months.set(p.id, { ...m, late: late.get(p.id) ?? 0 });
  }
  return cityTodos([...months.values()]);
}
