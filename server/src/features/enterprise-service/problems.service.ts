import { AuditActions, AuditEntityTypes, type AuditAction } from '@hongtu/contracts';
import type { EnterpriseProblem, RaiseEnterpriseProblem } from '@hongtu/contracts/enterprise-service';
import {
  ENTERPRISE_PROBLEM_ANSWER_DAYS, ENTERPRISE_PROBLEM_SUPERVISION_DAYS, ENTERPRISE_PROBLEM_TRANSITIONS, canMoveEnterpriseProblem,
  enterpriseProblemActions, enterpriseProblemDeadlines, enterpriseProblemTarget, isSatisfactionScore,
  type EnterpriseProblemCategory, type EnterpriseProblemTransition,
} from '@hongtu/domain';
import { addWorkingDays } from '@hongtu/domain/working-days';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { AppError, outOfScope, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { assertEnterpriseVisible } from '../enterprises/enterprises.public';
import { ENTERPRISE_PROBLEM_LABELS } from './enterprise-service.labels';
import { problemStatusChanged } from './problem-status-hook';
import type { EnterpriseProblemsTable } from './enterprise-service.table';
import { CALENDAR, chinaToday, loadProblem, problemSides, toProblemItems, type ProblemJoinedRow } from './problems.read-model';

const AUDIT: Record<EnterpriseProblemTransition, AuditAction> = {
  acknowledge: AuditActions.enterpriseProblemAcknowledge,
  answer: AuditActions.enterpriseProblemAnswer,
  confirm: AuditActions.enterpriseProblemConfirm,
  reopen: AuditActions.enterpriseProblemReopen,
  supervise: AuditActions.enterpriseProblemSupervise,
  close: AuditActions.enterpriseProblemClose,
};

/** What a move carries: its words (answer, reason, 督办) and the enterprise's satisfaction. */
export interface EnterpriseProblemMove {
  version: number;
  text?: string;
  satisfaction?: number;
}

const satisfactionRange = () => new AppError(422, 'ENTERPRISE_SATISFACTION_RANGE', {}, [{ path: 'satisfaction', message: 'range' }]);

/**
 * The department a problem is sent to: an organisation of kind department inside the city of the
 * enterprise's district (a department of the city itself or of one of its districts).
 */
export async function departmentInCity(db: Executor, departmentId: number, districtId: number) {
  const district = await db.selectFrom('organisations').select('path').where('id', '=', districtId).executeTakeFirstOrThrow();
  const ancestors = district.path.split('/').filter(Boolean).map(Number);
  const city = await db.selectFrom('organisations').select('path').where('id', 'in', ancestors).where('kind', '=', 'city').executeTakeFirst();
  const dept = await db.selectFrom('organisations').select(['id', 'name', 'kind', 'path']).where('id', '=', departmentId).executeTakeFirst();
  if (!dept || dept.kind !== 'department' || !city || !dept.path.startsWith(city.path)) {
    throw new AppError(422, 'ENTERPRISE_PROBLEM_DEPARTMENT', {}, [{ path: 'departmentId', message: 'department' }]);
  }
  return dept;
}

/** Writes a problem and its first event (no audit: the caller audits the raise or the visit). */
export async function insertProblem(trx: Executor, ctx: RequestContext, input: {
  enterpriseId: number; districtId: number; category: EnterpriseProblemCategory; title: string; description: string;
  departmentId: number; raisedVia: 'liaison' | 'district' | 'enterprise'; visitId: number | null; now: Date;
}) {
  // The enterprise raises its own problems through the portal, without a staff user.
  const raisedBy = input.raisedVia === 'enterprise' ? null : requireActor(ctx).userId;
  const dept = await departmentInCity(trx, input.departmentId, input.districtId);
  const today = chinaToday(input.now);
  const deadlines = enterpriseProblemDeadlines(CALENDAR, today, input.category);
  const at = input.now.toISOString();
  const row = await trx.insertInto('enterprise_problems').values({
    enterprise_id: input.enterpriseId, organisation_id: input.districtId, department_id: dept.id, category: input.category,
    title: input.title, description: input.description, status: 'submitted', raised_via: input.raisedVia, visit_id: input.visitId,
    raised_on: today, acknowledge_due_on: deadlines.acknowledgeDueOn, answer_due_on: deadlines.answerDueOn, due_on: deadlines.acknowledgeDueOn,
    acknowledged_on: null, answered_on: null, closed_on: null, answer: null, satisfaction: null, raised_by: raisedBy, raised_at: at, updated_at: at,
  }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('enterprise_problem_events').values({
    problem_id: row.id, action: 'raise', from_status: null, to_status: 'submitted', text: input.description || null, satisfaction: null,
    due_on: deadlines.acknowledgeDueOn, actor_id: raisedBy, at,
  }).execute();
  return { id: row.id, department: dept.name, ...deadlines };
}

/** Enterprises' problems: every step one transaction with its audit row. */
export function createEnterpriseProblemService(deps: Deps) {
  const { db, clock, audit } = deps;
  async function detail(ctx: RequestContext, row: ProblemJoinedRow): Promise<EnterpriseProblem> {
    const actor = requireActor(ctx);
    const [item] = await toProblemItems(db, [row], chinaToday(clock.now()));
    const events = await db.selectFrom('enterprise_problem_events as e').leftJoin('users as u', 'u.id', 'e.actor_id')
      .select(['e.action', 'e.from_status', 'e.to_status', 'e.text', 'e.satisfaction', 'e.due_on', 'e.at', 'u.display_name'])
      .where('e.problem_id', '=', row.id).orderBy('e.id').execute();
    const raiser = row.raised_by === null ? undefined : await db.selectFrom('users').select('display_name').where('id', '=', row.raised_by).executeTakeFirst();
    const sides = problemSides(actor, row.district_path, row.department_path);
    return {
      ...item!,
      description: row.description,
      answer: row.answer,
      visitId: row.visit_id,
      raisedByName: raiser?.display_name ?? null,
      closedByCity: row.closed_by_city === 1,
      actions: enterpriseProblemActions({ role: actor.role, status: row.status, overdue: item!.overdue, ...sides }),
      events: events.map((e) => ({
        action: e.action, fromStatus: e.from_status, toStatus: e.to_status, text: e.text, satisfaction: e.satisfaction, dueOn: e.due_on, actorName: e.display_name, at: e.at,
      })),
    };
  }

  async function get(ctx: RequestContext, id: number): Promise<EnterpriseProblem> {
    return detail(ctx, await loadProblem(db, requireActor(ctx), id));
  }

  return {
    get,

    /** The district raises a problem of one of its enterprises and sends it to a department of the city. */
    async raise(ctx: RequestContext, body: RaiseEnterpriseProblem): Promise<EnterpriseProblem> {
      const id = await db.transaction().execute(async (trx) => {
        const enterprise = await assertEnterpriseVisible(ctx, trx, body.enterpriseId);
        const made = await insertProblem(trx, ctx, {
          enterpriseId: enterprise.id, districtId: enterprise.organisationId, category: body.category, title: body.title,
          description: body.description, departmentId: body.departmentId, raisedVia: body.raisedVia, visitId: null, now: clock.now(),
        });
        await audit.append(trx, ctx, {
          action: AuditActions.enterpriseProblemRaise, entityType: AuditEntityTypes.enterpriseProblem, entityId: made.id,
          after: { enterprise: enterprise.name, creditCode: enterprise.creditCode, category: body.category, title: body.title, department: made.department, raisedVia: body.raisedVia, acknowledgeDueOn: made.acknowledgeDueOn, answerDueOn: made.answerDueOn },
        });
        return made.id;
      });
      return get(ctx, id);
    },

    /** Moves a problem. A retried move of the same version (a double click) changes nothing the second time. */
    async move(ctx: RequestContext, id: number, action: EnterpriseProblemTransition, body: EnterpriseProblemMove): Promise<EnterpriseProblem> {
      const actor = requireActor(ctx);
      const labels = ENTERPRISE_PROBLEM_LABELS[ctx.locale];
      await db.transaction().execute(async (trx) => {
        const row = await loadProblem(trx, actor, id);
        const now = clock.now();
        const today = chinaToday(now);
        const to = enterpriseProblemTarget(action, row.status);
        if (row.version === body.version + 1) {
          const last = await trx.selectFrom('enterprise_problem_events').select('action').where('problem_id', '=', row.id).orderBy('id', 'desc').limit(1).executeTakeFirst();
          if (last?.action === action) return;
        }
        const overdue = row.due_on !== null && today > row.due_on;
        const sides = problemSides(actor, row.district_path, row.department_path);
        if (!canMoveEnterpriseProblem(action, { role: actor.role, status: row.status, ...sides, overdue: true })) {
          // The user's side of the problem decides before its state.
          const side = ENTERPRISE_PROBLEM_TRANSITIONS[action].side === 'department' ? sides.ownDepartment : sides.ownDistrict;
          if (!side) throw outOfScope();
          throw new AppError(409, 'ENTERPRISE_PROBLEM_STATE', { status: labels.status[row.status], action: labels.action[action] });
        }
        if (action === 'supervise' && !overdue) throw new AppError(409, 'ENTERPRISE_PROBLEM_NOT_OVERDUE', { dueOn: row.due_on ?? '' });
        if (row.version !== body.version) throw staleVersion();
        if (action === 'confirm' && !isSatisfactionScore(body.satisfaction ?? 0)) throw satisfactionRange();
        if (body.satisfaction !== undefined && !isSatisfactionScore(body.satisfaction)) throw satisfactionRange();

        const change: Updateable<EnterpriseProblemsTable> = {};
        let dueOn = row.due_on;
        switch (action) {
          case 'acknowledge':
            change.acknowledged_on = today;
            dueOn = row.answer_due_on;
            break;
          case 'answer':
            change.acknowledged_on = row.acknowledged_on ?? today;
            change.answered_on = today;
            change.answer = body.text!;
            dueOn = null;
            break;
          case 'confirm':
            change.closed_on = today;
            change.satisfaction = body.satisfaction!;
            dueOn = null;
            break;
          case 'reopen': {
            // Not satisfied: the department answers again within the category's working days from today.
            const answerDue = addWorkingDays(today, ENTERPRISE_PROBLEM_ANSWER_DAYS[row.category]);
            change.answer_due_on = answerDue;
            change.reopen_count = row.reopen_count + 1;
            if (body.satisfaction !== undefined) change.satisfaction = body.satisfaction;
            dueOn = answerDue;
            break;
          }
          case 'supervise': {
            const newDue = addWorkingDays(today, ENTERPRISE_PROBLEM_SUPERVISION_DAYS);
            change[row.status === 'submitted' ? 'acknowledge_due_on' : 'answer_due_on'] = newDue;
            change.supervision_count = row.supervision_count + 1;
            dueOn = newDue;
            break;
          }
          case 'close':
            change.closed_on = today;
            change.closed_by_city = 1;
            dueOn = null;
            break;
        }
        const at = now.toISOString();
        const result = await trx.updateTable('enterprise_problems')
          .set({ ...change, status: to, due_on: dueOn, version: row.version + 1, updated_at: at })
          .where('id', '=', row.id).where('version', '=', body.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await trx.insertInto('enterprise_problem_events').values({
          problem_id: row.id, action, from_status: row.status, to_status: to, text: body.text ?? null, satisfaction: body.satisfaction ?? null,
          due_on: dueOn, actor_id: actor.userId, at,
        }).execute();
        await audit.append(trx, ctx, {
          action: AUDIT[action], entityType: AuditEntityTypes.enterpriseProblem, entityId: row.id,
          before: { title: row.title, status: row.status, department: row.department_name, dueOn: row.due_on, version: row.version },
          after: {
            title: row.title, status: to, department: row.department_name, dueOn, version: row.version + 1,
            ...(body.text ? { text: body.text } : {}), ...(body.satisfaction !== undefined ? { satisfaction: body.satisfaction } : {}),
          },
        });
        // Those who follow the ticket (the portal's sender) are told in this transaction (what is sent, by a job queued in it).
        if (to !== row.status) await problemStatusChanged.emit(trx, { problemId: row.id, from: row.status, to, actorId: actor.userId, at }, { ctx, deps });
      });
      return get(ctx, id);
    },
  };
}
