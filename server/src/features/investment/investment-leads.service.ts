import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { Lead, LeadInput, LeadUpdate, LogLeadContact, MoveLead } from '@hongtu/contracts/investment';
import {
  can, canSignLead, daysBetween, isPhoneNumber, isValidCreditCode, leadMoveRefusal, leadNameKey, nextLeadStage, normalizeCreditCode, storageInt, toScaled,
} from '@hongtu/domain';
import type { Executor } from '../../db/database';
import { parseAmountInput } from '../../db/amount-codec';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import type { HookScope } from '../../platform/features/hooks';
import { requireActor, type Actor, type RequestContext } from '../../platform/permissions/actor';
import { isInOwnScope } from '../../platform/permissions/scope';
import { toSimplified } from '../../platform/text/chinese';
import { findEnterpriseByCreditCode } from '../enterprises/enterprises.public';
import { INVESTMENT_LABELS } from './investment.labels';
import { leadStageChanged } from './lead-stage-hook';
import {
  amountOut, chinaToday, contractsBase, duplicatePursuits, duplicatesFor, loadLead, staleDaysSetting, toContractItems, toLeadItem, type LeadJoinedRow,
} from './investment.read-model';

/** A positive amount as the user typed it (exact), or a field error. */
export function positiveAmount(raw: string | number, path: string): bigint {
  const value = parseAmountInput(raw, path);
  const scaled = value === null ? 0n : toScaled(value);
  if (scaled <= 0n) throw new AppError(400, 'INVESTMENT_AMOUNT_REQUIRED', {}, [{ path, message: 'INVESTMENT_AMOUNT_REQUIRED' }]);
  return scaled;
}

/** A date the user says something happened on: not after today. */
export function assertNotFuture(date: string, today: string, path: string): void {
  if (date > today) throw new AppError(400, 'INVESTMENT_DATE_IN_FUTURE', { date }, [{ path, message: 'INVESTMENT_DATE_IN_FUTURE' }]);
}

/** A 招商活动 of the actor's own subtree (its district or the city's, when the actor is the city). */
export async function assertActivity(db: Executor, actor: Actor, id: number | null): Promise<void> {
  if (id === null) return;
  const row = await db.selectFrom('investment_activities as a').innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'o.path']).where('a.id', '=', id).executeTakeFirst();
  if (!row || !isInOwnScope(actor, row.path)) throw new AppError(400, 'INVESTMENT_ACTIVITY_INVALID', {}, [{ path: 'activityId', message: 'INVESTMENT_ACTIVITY_INVALID' }]);
}

/** The lead's columns from the form: names as typed, the name key of their Simplified form, the credit code checked and looked up. */
async function leadValues(db: Executor, input: LeadInput) {
  let creditCode: string | null = null;
  let enterpriseId: number | null = null;
  if (input.investorCreditCode) {
    creditCode = normalizeCreditCode(input.investorCreditCode);
    if (!isValidCreditCode(creditCode)) {
      throw new AppError(400, 'INVESTMENT_CREDIT_CODE_INVALID', { code: creditCode.slice(0, 40) }, [{ path: 'investorCreditCode', message: 'INVESTMENT_CREDIT_CODE_INVALID' }]);
    }
    enterpriseId = (await findEnterpriseByCreditCode(db, creditCode))?.id ?? null;
  }
  const phone = input.contactPhone.normalize('NFKC').trim();
  if (phone !== '' && !isPhoneNumber(phone)) throw new AppError(400, 'INVESTMENT_PHONE_INVALID', {}, [{ path: 'contactPhone', message: 'INVESTMENT_PHONE_INVALID' }]);
  return {
    project_name: input.projectName, name_key: leadNameKey(toSimplified(input.projectName)),
    investor_name: input.investorName, investor_credit_code: creditCode, enterprise_id: enterpriseId,
    source: input.source, industry: input.industry, intended_investment: positiveAmount(input.intendedInvestment, 'intendedInvestment'),
    contact_name: input.contactName, contact_phone: phone, owner_name: input.ownerName,
    next_step: input.nextStep, next_step_on: input.nextStepOn, activity_id: input.activityId,
  };
}

/** What the audit row keeps of a lead: its facts, the phone masked (a full number is read only through its audited route). */
function auditLead(values: Partial<Awaited<ReturnType<typeof leadValues>>> & { stage?: string; version?: number }) {
  const { contact_phone: phone, intended_investment: amount, ...rest } = values;
  return { ...rest, ...(amount === undefined ? {} : { intended_investment: amountOut(amount) }), ...(phone === undefined ? {} : { contact_phone_set: phone !== '' }) };
}

/** The pipeline's use cases: each one transaction with its event and its audit row. */
export function createLeadService(deps: Deps) {
  const { db, clock, audit } = deps;
  async function detail(ctx: RequestContext, row: LeadJoinedRow): Promise<Lead> {
    const actor = requireActor(ctx);
    const today = chinaToday(clock.now());
    const { staleDays } = await staleDaysSetting(db);
    const found = await duplicatePursuits(db, [row]);
    const events = await db.selectFrom('investment_lead_events as e').leftJoin('users as u', 'u.id', 'e.actor_id')
      .select(['e.kind', 'e.on_date', 'e.from_stage', 'e.to_stage', 'e.text', 'e.at', 'u.display_name'])
      .where('e.lead_id', '=', row.id).orderBy('e.id').limit(500).execute();
    const contracts = await toContractItems(db, await contractsBase(db, actor).where('c.lead_id', '=', row.id).execute());
    const manage = can(actor.role, 'lead.manage');
    const next = nextLeadStage(row.stage);
    const nextStage = next === null || leadMoveRefusal(row.stage, next, contracts.length > 0) !== null ? null : next;
    return {
      ...toLeadItem(row, today, staleDays, found.has(row.id)),
      activityId: row.activity_id,
      actions: {
        edit: manage, log: manage, move: manage && nextStage !== null, sign: manage && canSignLead(row.stage) && contracts.length === 0,
        readContact: can(actor.role, 'lead.contact.read') && row.contact_phone !== '',
      },
      nextStage,
      duplicates: duplicatesFor(actor, found, row.id),
      events: events.map((e) => ({ kind: e.kind, on: e.on_date, fromStage: e.from_stage, toStage: e.to_stage, text: e.text, actorName: e.display_name, at: e.at })),
      contracts,
    };
  }

  async function get(ctx: RequestContext, id: number): Promise<Lead> {
    return detail(ctx, await loadLead(db, requireActor(ctx), id));
  }

  return {
    get,

    /** A new lead of the user's district, at 线索, its first event the day it is recorded. */
    async create(ctx: RequestContext, input: LeadInput): Promise<Lead> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const today = chinaToday(now);
      const id = await db.transaction().execute(async (trx) => {
        await assertActivity(trx, actor, input.activityId);
        const values = await leadValues(trx, input);
        const at = now.toISOString();
        const row = await trx.insertInto('investment_leads').values({
          ...values, organisation_id: actor.organisationId, stage: 'lead', stage_since: today, last_activity_on: today,
          created_by: actor.userId, created_at: at, updated_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        await trx.insertInto('investment_lead_events').values({
          lead_id: row.id, organisation_id: actor.organisationId, kind: 'create', on_date: today, from_stage: null, to_stage: 'lead', days_in_stage: null, text: null, actor_id: actor.userId, at,
        }).execute();
        await audit.append(trx, ctx, { action: AuditActions.leadCreate, entityType: AuditEntityTypes.lead, entityId: row.id, after: auditLead({ ...values, stage: 'lead' }) });
        return row.id;
      });
      return get(ctx, id);
    },

    /** Changes a lead read at `version` (its facts, owner, next step); its stage moves only by `move`. */
    async update(ctx: RequestContext, id: number, input: LeadUpdate): Promise<Lead> {
      const actor = requireActor(ctx);
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const row = await loadLead(trx, actor, id);
        if (row.version !== input.version) throw staleVersion();
        await assertActivity(trx, actor, input.activityId);
        const values = await leadValues(trx, input);
        const result = await trx.updateTable('investment_leads').set({ ...values, version: row.version + 1, updated_at: now.toISOString() })
          .where('id', '=', id).where('version', '=', input.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await audit.append(trx, ctx, {
          action: AuditActions.leadUpdate, entityType: AuditEntityTypes.lead, entityId: id,
          before: auditLead({
            project_name: row.project_name, investor_name: row.investor_name, investor_credit_code: row.investor_credit_code, source: row.source, industry: row.industry,
            intended_investment: storageInt(row.intended_investment), contact_name: row.contact_name, contact_phone: row.contact_phone, owner_name: row.owner_name,
            next_step: row.next_step, next_step_on: row.next_step_on, activity_id: row.activity_id, version: row.version,
          }), after: auditLead({ ...values, version: row.version + 1 }),
        });
      });
      return get(ctx, id);
    },

    /** Moves a lead to its next stage (never back, 签约 only with its contract). */
    async move(ctx: RequestContext, id: number, body: MoveLead): Promise<Lead> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const today = chinaToday(now);
      const on = body.on ?? today;
      assertNotFuture(on, today, 'on');
      await db.transaction().execute(async (trx) => {
        const row = await loadLead(trx, actor, id);
        if (row.version === body.version + 1 && row.stage === body.to) return; // the same move retried
        if (row.version !== body.version) throw staleVersion();
        const contract = await trx.selectFrom('investment_contracts').select('id').where('lead_id', '=', id).executeTakeFirst();
        const refusal = leadMoveRefusal(row.stage, body.to, contract !== undefined);
        const labels = INVESTMENT_LABELS[ctx.locale];
        if (refusal === 'needs_contract') throw new AppError(409, 'INVESTMENT_LEAD_NEEDS_CONTRACT');
        if (refusal) throw new AppError(409, 'INVESTMENT_LEAD_STAGE', { from: labels.stage[row.stage], to: labels.stage[body.to] });
        if (on < row.stage_since) throw new AppError(400, 'INVESTMENT_DATE_IN_FUTURE', { date: on }, [{ path: 'on', message: 'INVESTMENT_DATE_IN_FUTURE' }]);
        await moveStage(trx, { ctx, deps }, row, body.to, on, now.toISOString(), null);
        await audit.append(trx, ctx, {
          action: AuditActions.leadMove, entityType: AuditEntityTypes.lead, entityId: id,
          before: { project: row.project_name, stage: row.stage, version: row.version }, after: { project: row.project_name, stage: body.to, on, version: row.version + 1 },
        });
      });
      return get(ctx, id);
    },

    /** A visit, meeting, call or note on the lead; it may set the next step. It keeps the lead from going stale. */
    async logContact(ctx: RequestContext, id: number, body: LogLeadContact): Promise<Lead> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const today = chinaToday(now);
      assertNotFuture(body.on, today, 'on');
      await db.transaction().execute(async (trx) => {
        const row = await loadLead(trx, actor, id);
        if (row.version !== body.version) throw staleVersion();
        const last = body.on > row.last_activity_on ? body.on : row.last_activity_on;
        const result = await trx.updateTable('investment_leads').set({
          last_activity_on: last, version: row.version + 1, updated_at: now.toISOString(),
          ...(body.nextStep !== undefined ? { next_step: body.nextStep } : {}),
          ...(body.nextStepOn !== undefined ? { next_step_on: body.nextStepOn } : {}),
        }).where('id', '=', id).where('version', '=', body.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await trx.insertInto('investment_lead_events').values({
          lead_id: id, organisation_id: row.organisation_id, kind: body.kind, on_date: body.on, from_stage: null, to_stage: null, days_in_stage: null,
          text: body.text, actor_id: actor.userId, at: now.toISOString(),
        }).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.leadContact, entityType: AuditEntityTypes.lead, entityId: id,
          after: { project: row.project_name, kind: body.kind, on: body.on, text: body.text, ...(body.nextStep !== undefined ? { nextStep: body.nextStep } : {}) },
        });
      });
      return get(ctx, id);
    },

    /** The contact's phone in full, for a role allowed to read it; each reading is audited. */
    async readContact(ctx: RequestContext, id: number): Promise<{ contactName: string; contactPhone: string }> {
      const actor = requireActor(ctx);
      return db.transaction().execute(async (trx) => {
        const row = await loadLead(trx, actor, id);
        await audit.append(trx, ctx, { action: AuditActions.leadContactView, entityType: AuditEntityTypes.lead, entityId: id, after: { project: row.project_name, contactName: row.contact_name } });
        return { contactName: row.contact_name, contactPhone: row.contact_phone };
      });
    },
  };
}

/**
 * Moves a lead one stage in the caller's transaction: the stage, its date, the event with the days
 * spent in the stage left; those following the lead are told in the same transaction (leadStageChanged).
 */
export async function moveStage(trx: Executor, scope: HookScope, row: LeadJoinedRow, to: LeadJoinedRow['stage'], on: string, at: string, text: string | null): Promise<void> {
  const actor = requireActor(scope.ctx);
  const result = await trx.updateTable('investment_leads').set({
    stage: to, stage_since: on, last_activity_on: on > row.last_activity_on ? on : row.last_activity_on, version: row.version + 1, updated_at: at,
  }).where('id', '=', row.id).where('version', '=', row.version).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
  await trx.insertInto('investment_lead_events').values({
    lead_id: row.id, organisation_id: row.organisation_id, kind: 'stage', on_date: on, from_stage: row.stage, to_stage: to,
    days_in_stage: Math.max(0, daysBetween(row.stage_since, on)), text, actor_id: actor.userId, at,
  }).execute();
  await leadStageChanged.emit(trx, { leadId: row.id, from: row.stage, to, actorId: actor.userId, at }, scope);
}
