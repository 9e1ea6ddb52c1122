import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { EnterpriseProblemCategory, EnterpriseProblemStatus } from '@hongtu/domain';
import type { Executor } from '../../db/database';
import type { AuditTrail } from '../../platform/audit/audit-trail';
import type { RequestContext } from '../../platform/permissions/actor';
import { insertProblem } from './problems.service';

/** A problem (诉求) an enterprise raises itself through the portal. */
export interface PortalProblem {
  enterpriseId: number;
  /** The district serving the enterprise: the ticket's scope. */
  districtId: number;
  category: EnterpriseProblemCategory;
  title: string;
  description: string;
  departmentId: number;
  now: Date;
}

/**
 * The enterprise's own problem becomes a service ticket of its district sent to the department it
 * chose, with the deadlines of its category in working days (raised via 'enterprise', no staff
 * user). In the caller's transaction, with the ticket's own audit row.
 */
export async function raisePortalProblem(
  trx: Executor, audit: AuditTrail, ctx: RequestContext, input: PortalProblem,
): Promise<{ problemId: number; department: string; acknowledgeDueOn: string; answerDueOn: string }> {
  const made = await insertProblem(trx, ctx, { ...input, raisedVia: 'enterprise', visitId: null });
  const enterprise = await trx.selectFrom('enterprises').select(['name', 'credit_code']).where('id', '=', input.enterpriseId).executeTakeFirst();
  await audit.append(trx, ctx, {
    action: AuditActions.enterpriseProblemRaise, entityType: AuditEntityTypes.enterpriseProblem, entityId: made.id,
    after: {
      enterprise: enterprise?.name ?? '', creditCode: enterprise?.credit_code ?? '', category: input.category, title: input.title, department: made.department,
      raisedVia: 'enterprise', acknowledgeDueOn: made.acknowledgeDueOn, answerDueOn: made.answerDueOn,
    },
  });
  return { problemId: made.id, department: made.department, acknowledgeDueOn: made.acknowledgeDueOn, answerDueOn: made.answerDueOn };
}

/** The departments of the city a district belongs to, to which an enterprise of it may send a problem. */
export async function departmentsForDistrict(db: Executor, districtId: number): Promise<{ id: number; name: string }[]> {
  const district = await db.selectFrom('organisations').select('path').where('id', '=', districtId).executeTakeFirst();
  if (!district) return [];
  const ancestors = district.path.split('/').filter(Boolean).map(Number);
  const city = await db.selectFrom('organisations').select('path').where('id', 'in', ancestors).where('kind', '=', 'city').executeTakeFirst();
  if (!city) return [];
  return db.selectFrom('organisations').select(['id', 'name']).where('kind', '=', 'department').where('path', 'like', `${city.path}%`).orderBy('code').limit(200).execute();
}

/** The state of these tickets (a portal submission shows its sender the state of the ticket it became). */
export async function problemStatesOf(db: Executor, ids: readonly number[]): Promise<Map<number, { status: EnterpriseProblemStatus; answerDueOn: string; answer: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('enterprise_problems').select(['id', 'status', 'answer_due_on', 'answer']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, { status: r.status, answerDueOn: r.answer_due_on, answer: r.answer }]));
}
