import { AuditActions, AuditEntityTypes, type AuditAction } from '@hongtu/contracts';
import type { Problem, RaiseProblem } from '@hongtu/contracts/project-problems';
import { PROBLEM_SUPERVISION_DAYS, PROBLEM_TRANSITIONS, canMoveProblem, problemActions, type ProblemTransition } from '@hongtu/domain';
import { problemDeadline } from '@hongtu/domain/problem-timing';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, outOfScope, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope } from '../../platform/permissions/scope';
import { PROBLEM_LABELS } from './project-problems.labels';
import { chinaToday, loadProblem, problemSides, toProblemItem, type ProblemJoinedRow } from './project-problems.read-model';

const AUDIT: Record<ProblemTransition, AuditAction> = {
  answer: AuditActions.projectProblemAnswer,
  decline: AuditActions.projectProblemDecline,
  close: AuditActions.projectProblemClose,
  reopen: AuditActions.projectProblemReopen,
  assign: AuditActions.projectProblemAssign,
  supervise: AuditActions.projectProblemSupervise,
};

/** What a move carries: the words (answer, reason, 督办), a department and working days (assign, 督办). */
export interface ProblemMove {
  version: number;
  text?: string;
  departmentId?: number;
  deadlineDays?: number;
}

async function department(db: Executor, id: number) {
  const row = await db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
  if (!row || row.kind !== 'department') throw new AppError(422, 'PROBLEM_DEPARTMENT_INVALID', {}, [{ path: 'departmentId', message: 'department' }]);
  return row;
}

/** Problems raised on projects and their coordination: every step one transaction with its audit row. */
export function createProjectProblemService({ db, clock, audit }: Deps) {
  async function get(ctx: RequestContext, id: number): Promise<Problem> {
    const actor = requireActor(ctx);
    const row = await loadProblem(db, actor, id);
    return detail(db, ctx, row);
  }

  async function detail(executor: Executor, ctx: RequestContext, row: ProblemJoinedRow): Promise<Problem> {
    const actor = requireActor(ctx);
    const item = toProblemItem(row, chinaToday(clock.now()));
    const events = await executor.selectFrom('project_problem_events as e')
      .leftJoin('users as u', 'u.id', 'e.actor_id')
      .leftJoin('organisations as g', 'g.id', 'e.department_id')
      .select(['e.action', 'e.from_status', 'e.to_status', 'e.text', 'e.due_on', 'e.at', 'u.display_name', 'g.name as department_name'])
      .where('e.problem_id', '=', row.id).orderBy('e.id').execute();
    const raiser = row.raised_by === null ? undefined
      : await executor.selectFrom('users').select('display_name').where('id', '=', row.raised_by).executeTakeFirst();
    const sides = problemSides(actor, row.district_path, row.department_path);
    return {
      ...item,
      description: row.description,
      answer: row.answer,
      raisedByName: raiser?.display_name ?? null,
      actions: problemActions({ role: actor.role, status: row.status, overdue: item.overdue, ...sides }),
      events: events.map((e) => ({
        action: e.action, fromStatus: e.from_status, toStatus: e.to_status, text: e.text, departmentName: e.department_name, dueOn: e.due_on, actorName: e.display_name, at: e.at,
      })),
    };
  }

  return {
    get,

    /** The district raises a problem on one of its projects and sends it to a department. */
    async raise(ctx: RequestContext, body: RaiseProblem): Promise<Problem> {
      const actor = requireActor(ctx);
      const id = await db.transaction().execute(async (trx) => {
        const project = await trx.selectFrom('projects as p').innerJoin('organisations as o', 'o.id', 'p.organisation_id')
          .select(['p.id', 'p.code', 'p.organisation_id', 'o.path']).where('p.id', '=', body.projectId).executeTakeFirst();
        if (!project || !isInOwnScope(actor, project.path)) throw outOfScope();
        const dept = await department(trx, body.departmentId);
        const now = clock.now();
        const today = chinaToday(now);
        const dueOn = problemDeadline(today, body.deadlineDays);
        const at = now.toISOString();
        const row = await trx.insertInto('project_problems').values({
          project_id: project.id, organisation_id: project.organisation_id, department_id: dept.id, category: body.category,
          title: body.title, description: body.description, status: 'assigned', deadline_days: body.deadlineDays,
          raised_on: today, due_on: dueOn, closed_on: null, answer: null, supervised_at: null, raised_by: actor.userId, raised_at: at, updated_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('project_problem_events').values({
          problem_id: row.id, action: 'raise', from_status: null, to_status: 'assigned', text: body.description || null, department_id: dept.id, due_on: dueOn, actor_id: actor.userId, at,
        }).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.projectProblemRaise, entityType: AuditEntityTypes.projectProblem, entityId: row.id,
          after: { project: project.code, category: body.category, title: body.title, department: dept.name, deadlineDays: body.deadlineDays, dueOn },
        });
        return row.id;
      });
      return get(ctx, id);
    },

    /**
     * Moves a problem. A retried move of the same version (a double click, a lost answer) changes
     * nothing the second time and answers the state it reached.
     */
    async move(ctx: RequestContext, id: number, action: ProblemTransition, body: ProblemMove): Promise<Problem> {
      const actor = requireActor(ctx);
      const { to } = PROBLEM_TRANSITIONS[action];
      const locale = ctx.locale;
      await db.transaction().execute(async (trx) => {
        const row = await loadProblem(trx, actor, id);
        const now = clock.now();
        const today = chinaToday(now);
        if (row.version === body.version + 1 && row.status === to) {
          const last = await trx.selectFrom('project_problem_events').select('action').where('problem_id', '=', row.id).orderBy('id', 'desc').limit(1).executeTakeFirst();
          if (last?.action === action) return;
        }
        const overdue = toProblemItem(row, today).overdue;
        const sides = problemSides(actor, row.district_path, row.department_path);
        const input = { role: actor.role, status: row.status, overdue, ...sides };
        if (!canMoveProblem(action, { ...input, overdue: true })) {
          // The user's side of the problem (its district, or its department) decides before its state.
          const side = PROBLEM_TRANSITIONS[action].side === 'project' ? sides.ownProject : sides.ownDepartment;
          if (!side) throw outOfScope();
          throw new AppError(409, 'PROBLEM_STATE', { status: PROBLEM_LABELS[locale].status[row.status], action: PROBLEM_LABELS[locale].action[action] });
        }
        if (action === 'supervise' && !overdue) throw new AppError(409, 'PROBLEM_NOT_OVERDUE', { dueOn: row.due_on });
        if (row.version !== body.version) throw staleVersion();

        let departmentId = row.department_id;
        let departmentName = row.department_name;
        let deadlineDays = row.deadline_days;
        let dueOn = row.due_on;
        if (action === 'assign') {
          const dept = await department(trx, body.departmentId!);
          if (dept.id === row.department_id && row.status === 'declined') throw new AppError(422, 'PROBLEM_SAME_DEPARTMENT', { department: dept.name }, [{ path: 'departmentId', message: 'same' }]);
          departmentId = dept.id;
          departmentName = dept.name;
          deadlineDays = body.deadlineDays!;
          dueOn = problemDeadline(today, deadlineDays);
        } else if (action === 'reopen') {
          dueOn = problemDeadline(today, deadlineDays);
        } else if (action === 'supervise') {
          dueOn = problemDeadline(today, body.deadlineDays ?? PROBLEM_SUPERVISION_DAYS);
        }
        const at = now.toISOString();
        const result = await trx.updateTable('project_problems').set({
          status: to, version: row.version + 1, updated_at: at, department_id: departmentId, deadline_days: deadlineDays, due_on: dueOn,
          ...(action === 'answer' ? { answer: body.text! } : {}),
          ...(action === 'close' ? { closed_on: today } : {}),
          ...(action === 'supervise' ? { supervised_at: at, supervision_count: row.supervision_count + 1 } : {}),
        }).where('id', '=', row.id).where('version', '=', body.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        const moved = action === 'assign' || action === 'reopen' || action === 'supervise';
        await trx.insertInto('project_problem_events').values({
          problem_id: row.id, action, from_status: row.status, to_status: to, text: body.text ?? null,
          department_id: action === 'assign' ? departmentId : null, due_on: moved ? dueOn : null, actor_id: actor.userId, at,
        }).execute();
        await audit.append(trx, ctx, {
          action: AUDIT[action], entityType: AuditEntityTypes.projectProblem, entityId: row.id,
          before: { project: row.project_code, status: row.status, department: row.department_name, dueOn: row.due_on, version: row.version },
          after: {
            project: row.project_code, status: to, department: departmentName, dueOn, version: row.version + 1,
            ...(body.text ? { text: body.text } : {}),
          },
        });
      });
      return get(ctx, id);
    },
  };
}
