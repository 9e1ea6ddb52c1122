import { AuditActions, AuditEntityTypes } from '@hongtu/contracts';
import type { ActivityInput, ContractItem, ContractProject, Lead, ReportFunds, SignContract } from '@hongtu/contracts/investment';
import type { ProjectCategory } from '@hongtu/domain';
import {
  canSignLead, CONTRACT_CURRENCY, contractCurrencyAllowed, fundKindAllowed, mul, fromScaled, storageInt, toPlainString, toScaled,
} from '@hongtu/domain';
import { parseAmountInput } from '../../db/amount-codec';
import type { Deps } from '../../platform/deps';
import { AppError, staleVersion } from '../../platform/errors/app-error';
import { requireActor, type RequestContext } from '../../platform/permissions/actor';
import { projectForContract } from '../projects/projects.public';
import { assertActivity, assertNotFuture, createLeadService, moveStage, positiveAmount } from './investment-leads.service';
import { INVESTMENT_LABELS } from './investment.labels';
import { amountOut, chinaToday, loadContract, loadLead, toContractItems } from './investment.read-model';

/** Contracts, their funds in place and the project they become; 招商活动; the city's setting. Each write one transaction with its audit row. */
export function createContractService(deps: Deps) {
  const { db, clock, audit } = deps;
  const leads = createLeadService(deps);

  async function contract(ctx: RequestContext, id: number): Promise<ContractItem> {
    const [item] = await toContractItems(db, [await loadContract(db, requireActor(ctx), id)]);
    return item!;
  }

  return {
    contract,

    /**
     * Records the signed contract of a lead in 线索 or 洽谈 and moves the lead to 签约. A domestic
     * contract is stated in 亿元, a foreign one in 万美元: the other currency is refused.
     */
    async sign(ctx: RequestContext, leadId: number, body: SignContract): Promise<Lead> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const today = chinaToday(now);
      const labels = INVESTMENT_LABELS[ctx.locale];
      await db.transaction().execute(async (trx) => {
        const lead = await loadLead(trx, actor, leadId);
        if (!contractCurrencyAllowed(body.kind, body.currency)) {
          throw new AppError(400, 'INVESTMENT_CURRENCY_MISMATCH', { kind: labels.kind[body.kind], currency: labels.currency[CONTRACT_CURRENCY[body.kind]] }, [{ path: 'currency', message: 'INVESTMENT_CURRENCY_MISMATCH' }]);
        }
        const amount = positiveAmount(body.amount, 'amount');
        assertNotFuture(body.signedOn, today, 'signedOn');
        const signed = await trx.selectFrom('investment_contracts').select('id').where('lead_id', '=', leadId).executeTakeFirst();
        if (signed || !canSignLead(lead.stage)) throw new AppError(409, 'INVESTMENT_LEAD_SIGNED');
        if (lead.version !== body.version) throw staleVersion();
        await assertActivity(trx, actor, body.activityId);
        const at = now.toISOString();
        const row = await trx.insertInto('investment_contracts').values({
          lead_id: leadId, organisation_id: lead.organisation_id, kind: body.kind, currency: body.currency, amount, signed_on: body.signedOn,
          terms: body.terms, milestones_json: JSON.stringify(body.milestones), activity_id: body.activityId, project_id: null,
          created_by: actor.userId, created_at: at, updated_at: at,
        }).returning('id').executeTakeFirstOrThrow();
        await moveStage(trx, { ctx, deps }, lead, 'signed', body.signedOn < lead.stage_since ? lead.stage_since : body.signedOn, at, null);
        await audit.append(trx, ctx, {
          action: AuditActions.investmentContractCreate, entityType: AuditEntityTypes.investmentContract, entityId: row.id,
          after: {
            project: lead.project_name, investor: lead.investor_name, kind: body.kind, currency: body.currency, amount: amountOut(amount),
            signedOn: body.signedOn, milestones: body.milestones.length, activityId: body.activityId, leadStage: 'signed',
          },
        });
      });
      return leads.get(ctx, leadId);
    },

    /**
     * Funds in place of one month on a contract (the month's own amount). A kind reported again for
     * the same month replaces the earlier figure; the kind must fit the contract's currency, the
     * month lie between the signing and the current month.
     */
    async reportFunds(ctx: RequestContext, id: number, body: ReportFunds): Promise<ContractItem> {
      const actor = requireActor(ctx);
      const now = clock.now();
      const labels = INVESTMENT_LABELS[ctx.locale];
      await db.transaction().execute(async (trx) => {
        const row = await loadContract(trx, actor, id);
        if (!fundKindAllowed(body.kind, row.currency)) {
          throw new AppError(400, 'INVESTMENT_FUND_KIND_MISMATCH', { kind: labels.fund[body.kind], currency: labels.currency[row.currency] }, [{ path: 'kind', message: 'INVESTMENT_FUND_KIND_MISMATCH' }]);
        }
        const value = parseAmountInput(body.amount, 'amount');
        if (value === null || value.isNegative()) throw new AppError(400, 'INVESTMENT_AMOUNT_REQUIRED', {}, [{ path: 'amount', message: 'INVESTMENT_AMOUNT_REQUIRED' }]);
        const amount = toScaled(value);
        if (body.month < row.signed_on.slice(0, 7) || body.month > chinaToday(now).slice(0, 7)) {
          throw new AppError(400, 'INVESTMENT_FUND_MONTH', { month: body.month }, [{ path: 'month', message: 'INVESTMENT_FUND_MONTH' }]);
        }
        if (row.version !== body.version) throw staleVersion();
        const previous = await trx.selectFrom('investment_funds').select(['id', 'amount'])
          .where('contract_id', '=', id).where('month', '=', body.month).where('kind', '=', body.kind).executeTakeFirst();
        const at = now.toISOString();
        if (previous) {
          await trx.updateTable('investment_funds').set({ amount, reported_by: actor.userId, reported_at: at }).where('id', '=', previous.id).execute();
        } else {
          await trx.insertInto('investment_funds').values({ contract_id: id, organisation_id: row.organisation_id, month: body.month, kind: body.kind, amount, reported_by: actor.userId, reported_at: at }).execute();
        }
        const result = await trx.updateTable('investment_contracts').set({ version: row.version + 1, updated_at: at })
          .where('id', '=', id).where('version', '=', body.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await audit.append(trx, ctx, {
          action: AuditActions.investmentFundsReport, entityType: AuditEntityTypes.investmentContract, entityId: id,
          before: previous ? { month: body.month, kind: body.kind, amount: amountOut(previous.amount), currency: row.currency } : null,
          after: { project: row.project_name, month: body.month, kind: body.kind, amount: amountOut(amount), currency: row.currency },
        });
      });
      return contract(ctx, id);
    },

    /**
     * The signed contract becomes a major project of the district (or is linked to the one it already
     * has of that name), with the same owner and investment: a domestic contract's amount, in 万元;
     * a foreign contract's lead's intended investment (亿元 → 万元), since 万美元 do not convert without a rate.
     * The project is written by the projects' own use case; the link is recorded after it, and a
     * repeated request links the project found by its name instead of creating a second one.
     */
    async toProject(ctx: RequestContext, id: number, body: { version: number; category: ProjectCategory }): Promise<ContractProject> {
      const actor = requireActor(ctx);
      const row = await loadContract(db, actor, id);
      if (row.project_id !== null) {
        const project = await db.selectFrom('projects').select(['id', 'code']).where('id', '=', row.project_id).executeTakeFirstOrThrow();
        return { projectId: project.id, projectCode: project.code, created: false };
      }
      if (row.version !== body.version) throw staleVersion();
      const lead = await loadLead(db, actor, row.lead_id);
      const yi = row.currency === 'yi_yuan' ? row.amount : lead.intended_investment;
      const project = await projectForContract(deps, ctx, {
        organisationId: row.organisation_id, name: lead.project_name, ownerName: lead.investor_name, ownerCreditCode: lead.investor_credit_code,
        industry: lead.industry, category: body.category, totalInvestmentWan: toPlainString(mul(fromScaled(storageInt(yi)), 10_000)), signedOn: row.signed_on,
      });
      await db.transaction().execute(async (trx) => {
        const result = await trx.updateTable('investment_contracts').set({ project_id: project.id, version: row.version + 1, updated_at: clock.now().toISOString() })
          .where('id', '=', id).where('version', '=', row.version).executeTakeFirst();
        if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
        await audit.append(trx, ctx, {
          action: AuditActions.investmentContractProject, entityType: AuditEntityTypes.investmentContract, entityId: id,
          after: { project: lead.project_name, projectCode: project.code, created: project.created },
        });
      });
      return { projectId: project.id, projectCode: project.code, created: project.created };
    },

    /** A 招商活动 of the user's organisation. */
    async createActivity(ctx: RequestContext, input: ActivityInput): Promise<number> {
      const actor = requireActor(ctx);
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const row = await trx.insertInto('investment_activities').values({
          organisation_id: actor.organisationId, kind: input.kind, name: input.name, held_on: input.heldOn, place: input.place, created_by: actor.userId, created_at: now.toISOString(),
        }).returning('id').executeTakeFirstOrThrow();
        await audit.append(trx, ctx, { action: AuditActions.investmentActivityCreate, entityType: AuditEntityTypes.investmentActivity, entityId: row.id, after: { ...input } });
        return row.id;
      });
    },

    /** The city's number of idle days after which a lead is flagged stale. */
    async updateSettings(ctx: RequestContext, body: { version: number; staleDays: number }): Promise<{ staleDays: number; version: number }> {
      const now = clock.now();
      return db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('investment_settings').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
        if (row.version !== body.version) throw staleVersion();
        await trx.updateTable('investment_settings').set({ stale_days: body.staleDays, version: row.version + 1, updated_at: now.toISOString() }).where('id', '=', 1).where('version', '=', row.version).execute();
        await audit.append(trx, ctx, {
          action: AuditActions.investmentSettingsUpdate, entityType: AuditEntityTypes.system, entityId: 'investment',
          before: { staleDays: row.stale_days }, after: { staleDays: body.staleDays },
        });
        return { staleDays: body.staleDays, version: row.version + 1 };
      });
    },
  };
}
